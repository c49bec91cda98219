package main

import "fmt"

const big = 1 << 100
const small = big >> 98
const f = 1.5
const c = 'a' + 1
const s = "go" + "lang"

type Celsius float64

func main() {
	var a int8 = 127
	var b uint8 = 255
	var x float32 = f
	var r rune = c
	var i = small
	var z complex128 = 1 + 2i
	var t Celsius = 36.6
	const huge = big * big / big / big
	fmt.Println(a, b, x, r, i, z, t, s, huge, len(s))
}
