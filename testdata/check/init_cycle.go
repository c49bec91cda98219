package main

var a = b // ERROR "initialization cycle for a"
var b = a

var x = f() // ERROR "initialization cycle for x"

func f() int { return x }

func main() {}
