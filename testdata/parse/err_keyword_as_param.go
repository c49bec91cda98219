package main

func f(type int) {}

func main() {}
