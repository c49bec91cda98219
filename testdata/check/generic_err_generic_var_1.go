package main

var x[T any] T // ERROR "syntax error: unexpected name any, expected ]"

const c[T any] = 1 // ERROR "syntax error: unexpected name any, expected ]"

func main() {}
