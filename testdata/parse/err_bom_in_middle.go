package main

func main() {
	x := 1 // a﻿b
	_ = x
}
