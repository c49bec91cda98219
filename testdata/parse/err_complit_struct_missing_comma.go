package main

type T struct{ A, B int }

func main() {
	t := T{
		A: 1,
		B: 2
	}
	_ = t
}
