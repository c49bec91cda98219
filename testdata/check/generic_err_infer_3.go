package main

func Apply[T any](xs []T, f func(T) T) []T { return xs }

func main() {
	_ = Apply(nil, func(x int) int { return x })
	_ = Apply([]string{"a"}, func(x int) int { return x }) // ERROR "in call to Apply, type func(x int) int of func(x int) int {…} does not match inferred type func(string) string for func(T) T"
	_ = Apply(nil, nil) // ERROR "in call to Apply, cannot infer T (declared at FILE.go:3:12)"
}
