package main

var a = b + 1
var b = c * 2 // ERROR "invalid operation: c * 2 (mismatched types string and untyped int)"
var c = "x"

var d int = e // ERROR "cannot use e (variable of type string) as int value in variable declaration"
var e string = "s"

const f = g
const g = h
const h int = 1.5 // ERROR "cannot use 1.5 (untyped float constant) as int value in constant declaration (truncated)"

func main() {
	_, _, _ = a, b, d
}
