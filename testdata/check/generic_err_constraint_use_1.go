package main

type Number interface{ ~int | ~float64 }

func main() {
	var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	var c comparable // ERROR "cannot use type comparable outside a type constraint: interface is (or embeds) comparable"
	_, _ = n, c
}
