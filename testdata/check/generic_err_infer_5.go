package main

func Same[T any](a, b T) T { return a }

func Max[T ~int8 | ~int](a, b T) T { return a }

func main() {
	_ = Same(nil, nil) // ERROR "in call to Same, cannot infer T (declared at FILE.go:3:11)"
	_ = Max[int8](300, 1) // ERROR "cannot use 300 (untyped int constant) as int8 value in argument to Max[int8] (overflows)"
	_ = Same(1<<70, 1) // ERROR "cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to Same (overflows)"
}
