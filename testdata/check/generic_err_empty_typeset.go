package main

type Impossible interface {
	int
	string
}

func F[T Impossible](x T) {}

func main() {
	F(1) // ERROR "cannot satisfy Impossible (empty type set)"
}
