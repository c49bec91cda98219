package main

func main() {
	x := 0x1pi
	_ = x
}
