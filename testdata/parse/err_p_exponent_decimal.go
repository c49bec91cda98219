package main

func main() {
	x := 1p3
	_ = x
}
