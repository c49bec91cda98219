package main

func main() {
	println(1, 2 // the numbers
	)
}
