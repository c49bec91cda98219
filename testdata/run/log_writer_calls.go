package main

import (
	"fmt"
	"log"
)

// recorder counts the Write calls a logger makes: one per message.
type recorder struct{ writes []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, fmt.Errorf("cannot write %d bytes", len(p)) }

func main() {
	r := &recorder{}
	l := log.New(r, "rec ", 0)
	l.Println("one")
	l.Printf("two\nlines")
	l.Print("three\n")
	fmt.Printf("%d %q\n", len(r.writes), r.writes)
	bad := log.New(failing{}, "", 0)
	fmt.Println(bad.Output(1, "x"))
	bad.Println("ignored error")
	fmt.Println("done")
}
