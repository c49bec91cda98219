// A constant shift keeps the untyped kind of its left operand: 'a' << 2 is an untyped rune
// (default type rune), 2.0 << 3 an untyped int; the default type shows in %T and in
// interface values.
package main

import "fmt"

const flag = 'A' << 1

func main() {
	x := 'a' << 2
	y := 2.0 << 3
	z := 1 << 3
	var i any = 'b' >> 1
	fmt.Printf("%T %v | %T %v | %T %v | %T %v\n", x, x, y, y, z, z, i, i)
	fmt.Printf("%T %v %c\n", flag, flag, flag>>1)
	m := map[any]string{'c' << 1: "rune key", 198: "int key"}
	fmt.Println(len(m), m['c'<<1], m[198])
	s := []any{'x' << 0, 'x', 120}
	for _, v := range s {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
}
