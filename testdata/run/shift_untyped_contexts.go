package main

import "fmt"

func bit(w uint64, i int) bool { return w&(1<<(i%64)) != 0 }

func main() {
	var i = 3
	var f float64 = 1 << 2
	ok := 1<<i == 8
	var u uint8 = 1 << i
	fmt.Println(bit(8, 3), bit(8, 2), f, ok, u)
	var b bool = 1<<i > 4 && 1<<i < 100
	fmt.Println(b)
}
