package main

import (
	"fmt"
	"time"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// A goroutine panics with an error value: the whole program dies, main's defers do not run.
func main() {
	defer fmt.Println("main's defer never runs")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine's defer runs")
		fmt.Println("parsing")
		panic(&ParseError{Line: 3, Msg: "unexpected token"})
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	fmt.Println("unreachable")
}
