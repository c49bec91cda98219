package main

var (
	a = 1
	b = 2

func main() {}
