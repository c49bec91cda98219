package main

import "fmt"

// Index out of range inside generic code.
func At[T any](xs []T, i int) T { return xs[i] }

func main() {
	fmt.Println(At([]string{"a", "b"}, 1))
	fmt.Println(At([]int{1, 2, 3}, 5))
	fmt.Println("unreachable")
}
