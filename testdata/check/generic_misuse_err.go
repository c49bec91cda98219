package main

type Number interface{ ~int | ~float64 }

type MyInt int

func A[T any](x T) {
	_ = x.(int) // ERROR "invalid operation: cannot use type assertion on type parameter value x (variable of type T constrained by any)"
	var y T = nil // ERROR "cannot use nil as T value in variable declaration"
	_ = T{} // ERROR "invalid composite literal type T (no common underlying type)"
	_ = y
}

func B[T any](x T) int {
	x.Foo() // ERROR "x.Foo undefined (type T has no field or method Foo)"
	return int(x) // ERROR "cannot convert x (variable of type T constrained by any) to type int"
}

var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

func C(c comparable) {} // ERROR "cannot use type comparable outside a type constraint: interface is (or embeds) comparable"

type D interface{ ~MyInt } // ERROR "invalid use of ~ (underlying type of MyInt is int)"

type E interface{ int | ~int } // ERROR "overlapping terms ~int and int"

func main() {}
