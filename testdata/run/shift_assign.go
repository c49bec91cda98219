package main

import "fmt"

// Shift assignments with constant and variable counts, of every integer kind.
func main() {
	x := 1234
	var n uint = 3
	x <<= n
	fmt.Println(x)
	y := -96
	y >>= n
	fmt.Println(y)
	var u uint8 = 200
	u >>= 1
	fmt.Println(u)
	u <<= 2
	fmt.Println(u)
	var i8 int8 = -128
	i8 >>= 7
	fmt.Println(i8)
	var big uint64 = 1 << 63
	big >>= 63
	fmt.Println(big)
	z := 1
	z <<= 70
	fmt.Println(z)
	w := -1
	w >>= 100
	fmt.Println(w)
	arr := []int{1, 2, 3}
	arr[1] <<= n
	m := map[string]int{"k": 5}
	m["k"] <<= 2
	fmt.Println(arr, m)
	var cnt int = -1
	defer func() { fmt.Println("recovered:", recover()) }()
	x <<= cnt
}
