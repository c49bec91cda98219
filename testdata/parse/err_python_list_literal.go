package main

func main() {
	x := [1, 2, 3]
	_ = x
}
