// Exercises: const groups with iota, implicit repetition of the previous
// expression list, typed consts, skipped values with `_`, multiple iota
// uses per line, and bit-shift expressions.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const single = iota

const (
	x = "s"
	y
	z = len(y) + iota
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB)
	fmt.Println(a, b, c, d, e, f, single, x, y, z)
}
