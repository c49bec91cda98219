package main

import "fmt"

func main() {
	var s uint = 3
	var i = 1 << s
	var j int64 = 1 << s
	var k = uint8(1) << 7
	const m = 1 << 62
	var n float64 = 1 << 3
	x := 1.0 << 2
	fmt.Println(i, j, k, m, n, x, -8>>1)
}
