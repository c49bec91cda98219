package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c = -c
	var d uint32 = 1 << 31
	d *= 2
	var e int64 = 9223372036854775807
	e += 1
	var f uint = 0
	f -= 1
	fmt.Println(a, b, c, d, e, f)
	x := 7
	y := -2
	fmt.Println(x/y, x%y, -x/2, -x%2, x<<3, x>>1, -x>>1, x&^5, x^y, ^x)
	var u uint8 = 200
	fmt.Println(u>>3, u<<1, u+100)
	fmt.Printf("%d %x %X %o %b %c %q\n", 255, 255, 255, 8, 5, 'A', 'z')
}
