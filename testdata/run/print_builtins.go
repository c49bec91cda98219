package main

func main() {
	println("hello", 42, -7, uint8(200), true, 1.5, -0.25, 1e100, 3.0)
	print("a", 1, "b\n")
	var p *int
	println(p == nil, len("xyz"))
	var e error
	println(e == nil)
}

func init() {
	println(float32(0.1), -0.0, 1e21, 123456789.0)
}
