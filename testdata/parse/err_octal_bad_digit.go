package main

func main() {
	x := 08
	_ = x
}
