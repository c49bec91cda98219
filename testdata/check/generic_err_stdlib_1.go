package main

import (
	"cmp"
	"maps"
	"slices"
)

func main() {
	slices.Sort([]func(){}) // ERROR "func() does not satisfy cmp.Ordered (func() missing in ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string)"
	_ = cmp.Compare([]int{}, []int{}) // ERROR "[]int does not satisfy cmp.Ordered ([]int missing in ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string)"
	_ = maps.Keys([]int{1}) // ERROR "in call to maps.Keys, Map (type []int) does not satisfy ~map[K]V"
	_ = slices.Index([]int{1}, "x") // ERROR "cannot use \"x\" (untyped string constant) as int value in argument to slices.Index"
}
