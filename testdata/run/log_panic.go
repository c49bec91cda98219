package main

import (
	"fmt"
	"log"
	"os"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %q\n", r, r)
	}()
	f()
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	try(func() { log.Panic("boom", 1) })
	try(func() { log.Panicf("bad %s", "thing") })
	try(func() { log.Panicln("with", "newline") })
	l := log.New(os.Stdout, "L: ", 0)
	try(func() { l.Panicf("method %d", 2) })
	log.Panic("unrecovered")
}
