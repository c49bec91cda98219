package main

func a() {
	println("a")

func main() {
	a()
}
