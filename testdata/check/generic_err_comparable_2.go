package main

type Set[T comparable] map[T]struct{}

type Bad struct{ xs []int }

func main() {
	var s Set[Bad] // ERROR "Bad does not satisfy comparable"
	var t Set[[]string] // ERROR "[]string does not satisfy comparable"
	_, _ = s, t
}
