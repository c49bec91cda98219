package main

func Max[T int | float64](a, b T) T { return a }

func Apply(f func(string, string) string) {}

func main() {
	Apply(Max) // ERROR "string does not satisfy int | float64 (string missing in int | float64)"
	var g func(int, float64) int = Max // ERROR "inferred type func(a int, b int) int for func(a T, b T) T does not match type func(int, float64) int of g"
	_ = g
}
