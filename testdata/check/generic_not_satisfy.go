package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func main() {
	_ = Sum([]string{"a"}) // ERROR "string does not satisfy Number (string missing in ~int | ~float64)"
	_ = Show(3) // ERROR "int does not satisfy Stringer (missing method String)"
	_ = Sum[bool] // ERROR "bool does not satisfy Number (bool missing in ~int | ~float64)"
}
