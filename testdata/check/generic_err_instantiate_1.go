package main

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func main() {
	var v Vec[string] // ERROR "string does not satisfy Number (string missing in ~int | ~float64)"
	var w Vec[bool] // ERROR "bool does not satisfy Number (bool missing in ~int | ~float64)"
	_, _ = v, w
}
