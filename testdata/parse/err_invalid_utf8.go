package main

func main() {
	s := "aÿb"
	_ = s
}
