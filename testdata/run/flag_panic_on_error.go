package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("pp", flag.PanicOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("ok", false, "fine")
	func() {
		defer func() {
			r := recover()
			err, isErr := r.(error)
			fmt.Println("recovered error:", isErr, err)
		}()
		fs.Parse([]string{"-ok", "-missing"})
	}()
	fs.Parse([]string{"-nope"})
}
