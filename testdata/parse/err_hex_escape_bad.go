package main

func main() {
	s := "\xZZ"
	_ = s
}
