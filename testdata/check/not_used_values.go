package main

func f() int { return 1 }

func main() {
	x := 1
	var s []int
	var m map[int]int
	x // ERROR "x (variable of type int) is not used"
	1 + 2 // ERROR "1 + 2 (untyped int constant 3) is not used"
	f // ERROR "f (value of type func() int) is not used"
	x == 1 // ERROR "x == 1 (untyped bool value) is not used"
	len(s) // ERROR "len(s) (value of type int) is not used"
	m[1] // ERROR "m[1] (map index expression of type int) is not used"
	f() + 1 // ERROR "f() + 1 (value of type int) is not used"
	s[0:1] // ERROR "s[0:1] (value of type []int) is not used"
}
