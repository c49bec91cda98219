package main

const (
	A = iota
	B

func main() {}
