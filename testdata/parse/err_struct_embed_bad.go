package main

type T struct {
	*[]int
}

func main() {}
