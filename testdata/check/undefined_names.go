package main

import "fmt"

type T struct{ a int }

func main() {
	x := y + 1 // ERROR "undefined: y"
	fmt.Println(x)
	undefinedFunc(1) // ERROR "undefined: undefinedFunc"
	var v UnknownType // ERROR "undefined: UnknownType"
	_ = v
	var t T
	_ = t.b // ERROR "t.b undefined (type T has no field or method b)"
	fmt.Nope() // ERROR "undefined: fmt.Nope"
	z = 3 // ERROR "undefined: z"
	_ = T.m // ERROR "T.m undefined (type T has no field or method m)"
}
