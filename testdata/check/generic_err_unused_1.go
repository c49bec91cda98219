package main

func F[T any](x T) {
	var y T // ERROR "declared and not used: y"
}

func G[T any]() {
	z := new(T) // ERROR "declared and not used: z"
}

func main() {}
