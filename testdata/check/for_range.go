package main

func main() {
	var p *int
	var ch chan<- int
	var m map[string]int
	for range p { // ERROR "cannot range over p (variable of type *int)"
	}
	for x := range ch { // ERROR "cannot range over ch (variable of type chan<- int): receive from send-only channel chan<- int"
		_ = x
	}
	for i, v := range 10 { // ERROR "range over 10 (untyped int constant) permits only one iteration variable"
		_, _ = i, v
	}
	for k, v := range m { // ERROR "declared and not used: v"
		_ = k
	}
	var s []int
	for i, x := range s { // ERROR "declared and not used: x"
		_ = i
		x = 1
	}
	var r1 rune // ERROR "declared and not used: r1"
	for r1 = range "abc" { // ERROR "cannot use r1 (value of type int) as rune value in assignment"
	}
}
