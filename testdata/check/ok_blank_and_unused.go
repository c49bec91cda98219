package main

import (
	"fmt"
	_ "unicode"
)

var _ = 1

type _ struct{}

func _() {}

func pair() (int, int) { return 1, 2 }

func ignored(_ int, _ string) {}

func main() {
	_, b := pair()
	var _ int = 5
	x := 1
	x++
	y := 2
	y += 3
	for range []int{1} {
	}
	for _, v := range []int{1} {
		_ = v
	}
	fmt.Println(b)
}
