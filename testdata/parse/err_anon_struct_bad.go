package main

func main() {
	x := struct{ A int }{A: 1,
	_ = x
}
