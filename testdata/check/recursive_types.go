package main

type T struct{ t T } // ERROR "invalid recursive type: T refers to itself"

type A [2]B // ERROR "invalid recursive type A"
type B struct{ a A }

type L struct{ next *L }

type I interface{ I } // ERROR "invalid recursive type: I refers to itself"

type S []S

type M int

const c = len([10]N{}) // ERROR "invalid cycle in declaration of c"

type N [c]int

func main() {
	var l L
	var s S
	_, _ = l, s
}
