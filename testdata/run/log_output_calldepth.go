package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "", log.Lshortfile)
	l.Output(1, "direct output")
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("pfx ")
	log.Output(1, "package output")
	log.Print("print")
	l.SetFlags(0)
	l.Output(2, "no position")
}
