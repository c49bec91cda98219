package main

import (
	"fmt"
	"strings"
)

type Printer struct {
	prefix string
	out    chan string
}

func (p Printer) Say(msg string, n int) {
	p.out <- fmt.Sprintf("%s%s x%d", p.prefix, msg, n)
}

// The function value and arguments of a go statement are evaluated when it runs,
// not when the goroutine does.
func main() {
	out := make(chan string)
	p := Printer{"[a] ", out}
	n := 1
	go p.Say(strings.ToUpper("hello"), n) // p copied now (value receiver)
	p.prefix = "[b] "
	n = 99
	fmt.Println(<-out)
	f := func(s string) { out <- "f1 " + s }
	s := "first"
	go f(s)
	f = func(s string) { out <- "f2 " + s }
	s = "second"
	fmt.Println(<-out)
	pp := &Printer{"[ptr] ", out}
	go pp.Say("bye", n)
	fmt.Println(<-out)
}
