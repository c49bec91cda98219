package main

var a [3int

func main() {}
