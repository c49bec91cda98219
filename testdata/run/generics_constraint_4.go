package main

import "fmt"

// comparable: maps keyed by a type parameter, == on structs, arrays, pointers, interfaces.
func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Count[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type Key struct {
	A string
	B int
}

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1}, 2))
	fmt.Println(Index([]Key{{"x", 1}, {"y", 2}}, Key{"y", 2}))
	fmt.Println(Index([][2]int{{1, 2}, {3, 4}}, [2]int{3, 4}))
	a, b := new(int), new(int)
	fmt.Println(Index([]*int{a, b}, b))
	fmt.Println(Index([]any{1, "x", 2.5}, any("x")))
	c := Count([]Key{{"a", 1}, {"a", 1}, {"b", 1}})
	fmt.Println(c[Key{"a", 1}], c[Key{"b", 1}], len(c))
	fmt.Println(Count([]bool{true, false, true})[true])
}
