package main

type T struct {
	(U)
}

type U struct{}

func main() {}
