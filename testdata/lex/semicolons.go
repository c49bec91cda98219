// Semicolons are inserted after a line's final token when it can end a statement:
// identifiers, literals, break/continue/fallthrough/return, ++, --, ), ] and }.
package main

func f() int {
	x := 1
	x++
	x--
	if x > 0 { return x }
	a := []int{1, 2}[0]
	_ = a
	for {
		break
	}
	return (x)
}
