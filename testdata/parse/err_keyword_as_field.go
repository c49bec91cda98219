package main

type T struct {
	range int
}

func main() {}
