package main

var x int

x = 2

func main() {}
