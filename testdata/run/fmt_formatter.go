package main

import "fmt"

type Money int

// Format makes Money a fmt.Formatter: it decides its output for every verb.
func (m Money) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "$%d.%02d[%c w=%d,%v p=%d,%v +%v -%v]", int(m)/100, int(m)%100, verb, w, wok, p, pok, s.Flag('+'), s.Flag('-'))
}

type Echo struct{}

// Format writes back the directive it was called with.
func (Echo) Format(s fmt.State, verb rune) { fmt.Fprint(s, fmt.FormatString(s, verb)) }

type Boom int

func (b Boom) Format(s fmt.State, verb rune) {
	if b < 0 {
		panic("negative Boom")
	}
	fmt.Fprintf(s, "boom%d", int(b))
}

type Wrap struct {
	M Money
	E Echo
}

func main() {
	fmt.Println(Money(1234))
	fmt.Printf("%v|%+8.2d|%-s\n", Money(5), Money(6), Money(7))
	fmt.Println([]Money{1, 2})
	fmt.Printf("%v %+v %#v %d %-08.3x %T\n", Echo{}, Echo{}, Echo{}, Echo{}, Echo{}, Echo{})
	fmt.Printf("%v|%s|%5d\n", Boom(1), Boom(-1), Boom(2))
	fmt.Printf("%v %+v\n", Wrap{}, map[string]Echo{"k": {}})
	fmt.Println(fmt.Sprint(Echo{}), fmt.Sprintf("%q", Echo{}))
}
