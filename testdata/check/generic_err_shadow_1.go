package main

func F[int any](x int) int {
	return x + 1 // ERROR "invalid operation: x + 1 (mismatched types int /* with int declared at FILE.go:3:8 */ and untyped int)"
}

func main() {}
