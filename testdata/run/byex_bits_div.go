// math/bits' full-width division: Div64/Div32/Div results, Rem64, and the runtime errors
// for a zero divisor and a quotient overflow, recovered; the last one is not.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%s: %v (runtime error: %v)\n", name, r, isErr && err != nil)
	}()
	f()
}

func main() {
	q, r := bits.Div64(0, 100, 7)
	fmt.Println(q, r)
	q, r = bits.Div64(5, math.MaxUint64, 1<<63)
	fmt.Println(q, r)
	q32, r32 := bits.Div32(3, 7, 10)
	fmt.Println(q32, r32)
	qu, ru := bits.Div(1, 0, 3)
	fmt.Println(qu, ru)
	fmt.Println(bits.Rem64(10, 3, 7), bits.Rem32(1, 1, 3))
	hi, lo := bits.Mul64(123456789123, 987654321987)
	q, r = bits.Div64(hi, lo, 987654321987)
	fmt.Println(hi, lo, q, r)
	var zero uint64
	try("div by zero", func() { bits.Div64(0, 1, zero) })
	try("overflow", func() { bits.Div64(7, 1, 7) })
	try("overflow32", func() { bits.Div32(9, 1, 3) })
	try("rem by zero", func() { bits.Rem64(1, 1, zero) })
	bits.Div64(2, 0, 1)
}
