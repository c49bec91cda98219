package main

func f(a, b int, string) {}

func main() {}
