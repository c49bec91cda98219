package main

import "fmt"

type Money int

// Format makes Money a fmt.Formatter: it decides its output for every verb.
func (m Money) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "$%d.%02d[%c w=%d,%v p=%d,%v +%v -%v]", int(m)/100, int(m)%100, verb, w, wok, p, pok, s.Flag('+'), s.Flag('-'))
}

func main() {
	fmt.Println(Money(1234))
	fmt.Printf("%v|%+8.2d|%-s\n", Money(5), Money(6), Money(7))
	fmt.Println([]Money{1, 2})
}
