package main

type T struct {
	A int,
	B int
}

func main() {}
