package main

import "fmt" // ERROR "\"fmt\" imported and not used"

var a int
var a string // ERROR "a redeclared in this block"

type T int
type T string // ERROR "T redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

const fmt = 1 // ERROR "fmt already declared through import of package fmt (\"fmt\")"

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	var y int
	var y string // ERROR "y redeclared in this block"
	b, b := 1, 2 // ERROR "b repeated on left side of :="
	_, _, _ = x, y, b
}

func g(p int, p string) {} // ERROR "p redeclared in this block"
