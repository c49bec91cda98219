package main

func F[T any](x T) T { return x }

func main() {
	_ = F[] // ERROR "syntax error: unexpected ], expected operand"
	_ = F[int](1, 2)
	_ = F[int]("s")
}
