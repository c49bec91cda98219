package main

type Pair[K comparable, V] struct {
	k K
	v V
}

func main() {}
