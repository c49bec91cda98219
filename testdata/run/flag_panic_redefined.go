package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("p", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("x", 0, "")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("-y", 0, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("a=b", 0, "")
	}()
	fs.String("x", "", "again")
}
