package main

func main() {
	x := type
	_ = x
}
