package main

var s []

func main() {}
