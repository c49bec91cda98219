package main

func main() {
	x := 0b2
	_ = x
}
