package main

func two() (int, int) { return 1, 2 }
func one() int        { return 1 }
func none()           {}

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var c, d int = 1, 2, 3 // ERROR "extra init expr 3"
	e := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	f, g, h := two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var i int // ERROR "declared and not used: i"
	i, i = one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	j := none() // ERROR "none() (no value) used as value"
	var k, l = one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, j, k
	_ = l
}
