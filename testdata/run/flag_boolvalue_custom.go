package main

import (
	"flag"
	"fmt"
	"io"
)

// counter is a boolean-style flag counting its appearances (-v -v -v).
type counter int

func (c *counter) String() string   { return fmt.Sprint(int(*c)) }
func (c *counter) Set(string) error { *c++; return nil }
func (c *counter) IsBoolFlag() bool { return true }

// notBool has IsBoolFlag false, so it needs a value.
type notBool string

func (n *notBool) String() string     { return string(*n) }
func (n *notBool) Set(s string) error { *n = notBool(s); return nil }
func (n *notBool) IsBoolFlag() bool   { return false }

func main() {
	fs := flag.NewFlagSet("c", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var v counter
	var nb notBool
	fs.Var(&v, "v", "verbosity")
	fs.Var(&nb, "nb", "needs a value")
	err := fs.Parse([]string{"-v", "-v", "--v", "-nb", "val", "-v=ignored", "arg"})
	fmt.Println(v, nb, fs.Args(), err)
	err = fs.Parse([]string{"-nb"})
	fmt.Println(err)
	fs.SetOutput(nil)
	fmt.Println(fs.Output() != nil)
}
