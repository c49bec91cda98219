package main

func a() {
	println(1 2)
}

func b() {
	println(3 4)
}

func main() {}
