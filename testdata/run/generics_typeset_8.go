package main

import "fmt"

// Range over an integer of type-parameter type, and switch on T values with constant cases.
func Count[T ~int](n T) []T {
	var out []T
	for i := range n {
		out = append(out, i)
	}
	return out
}

func Name[T ~int](x T) string {
	switch x {
	case 0:
		return "zero"
	case 1, 2:
		return "small"
	}
	return "big"
}

type Level int

func main() {
	fmt.Println(Count(4), Count(3), len(Count(0)))
	fmt.Printf("%T\n", Count(Level(2)))
	fmt.Println(Name(0), Name(Level(2)), Name(99))
}
