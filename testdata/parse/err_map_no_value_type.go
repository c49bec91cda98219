package main

var m map[int]

func main() {}
