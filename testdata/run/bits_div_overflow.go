package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(name, r, ok, err)
	}()
	f()
}

func main() {
	fmt.Println(bits.Div64(1, 0, 2))
	fmt.Println(bits.Div32(1, 5, 7))
	try("div64 overflow", func() { bits.Div64(5, 0, 5) })
	try("div32 overflow", func() { bits.Div32(9, 0, 3) })
	try("div zero", func() { bits.Div64(0, 1, 0) })
	bits.Div(3, 0, 2)
}
