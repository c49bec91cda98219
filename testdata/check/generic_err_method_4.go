package main

type Box[T any] struct{ v T }

func (b Box[int]) Double() int { return b.v * 2 } // ERROR "invalid operation: b.v * 2 (mismatched types int /* with int declared at FILE.go:5:13 */ and untyped int)"

func main() {}
