package main

import "fmt"

type T struct{ a int }
type MyInt int

func f() (int, string) { return 1, "" }

func main() {
	var x int8 = 1
	y := x + 300 // ERROR "300 (untyped int constant) overflows int8"
	var s string = "a"
	z := s + 1 // ERROR "invalid operation: s + 1 (mismatched types string and untyped int)"
	var t T
	var m MyInt = 2
	var i int = t // ERROR "cannot use t (variable of struct type T) as int value in variable declaration"
	var e error = m // ERROR "cannot use m (variable of int type MyInt) as error value in variable declaration: MyInt does not implement error (missing method Error)"
	fmt.Println(y, z, i, e)
}
