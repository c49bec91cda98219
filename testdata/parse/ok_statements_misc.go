// Exercises: assorted statements — if/else-if chains with init statements,
// switch with init and no tag, fallthrough, op-assignments (`&^=`, `<<=`),
// inc/dec on index/selector expressions, parallel assignment, shadowing blocks.
package main

import "fmt"

func main() {
	x, y := 1, 2
	x, y = y, x
	if z := x * 2; z > 10 {
		fmt.Println("big")
	} else if w := z + 1; w > 3 {
		fmt.Println("mid", w)
	} else {
		fmt.Println("small")
	}
	switch v := x + y; {
	case v > 2:
		fmt.Println("v>2")
		fallthrough
	case v > 100:
		fmt.Println("fell")
	default:
	}
	m := map[string]int{}
	m["a"]++
	arr := []int{0}
	arr[0]--
	s := struct{ n int }{}
	s.n += 3
	f := 0xff
	f &^= 0x0f
	f <<= 1
	f %= 7
	{
		x := "shadow"
		_ = x
	}
	fmt.Println(m, arr, s, f, x, y)
}
