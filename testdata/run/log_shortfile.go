package main

import (
	"log"
	"os"
)

func helper(l *log.Logger) {
	l.Println("from helper")
}

type T struct{ l *log.Logger }

func (t T) report(msg string) { t.l.Printf("report: %s", msg) }

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hello")
	log.Printf("n=%d", 3)
	l := log.New(os.Stdout, "[x] ", log.Lshortfile|log.Lmsgprefix)
	l.Print("custom")
	helper(l)
	T{l}.report("ok")
	f := func() { log.Print("closure") }
	f()
	defer log.Println("deferred")
	for i := 0; i < 2; i++ {
		log.Println("loop", i)
	}
}
