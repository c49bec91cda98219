package main

func main() {
	_ = `hello
}
