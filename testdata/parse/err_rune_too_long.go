package main

func main() {
	r := 'ab'
	_ = r
}
