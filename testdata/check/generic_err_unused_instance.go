package main

func F[T any](x T) T { return x }

func main() {
	F[int] // ERROR "F[int] (value of type func(x int) int) is not used"
	F[string]("x")
}
