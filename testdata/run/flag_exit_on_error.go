package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("ee", flag.ExitOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 0, "number")
	fs.Parse([]string{"-n", "5"})
	fmt.Println(*n)
	fs.Parse([]string{"-n", "five"})
	fmt.Println("not reached")
}
