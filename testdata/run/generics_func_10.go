package main

import "fmt"

// Recursion in generic functions and mutual calls across instantiations.
func Reverse[T any](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	return append(Reverse(xs[1:]), xs[0])
}

func Flatten[T any](xss [][]T) []T {
	var out []T
	for _, xs := range xss {
		out = append(out, xs...)
	}
	return out
}

func Repeat[T any](x T, n int) []T {
	if n == 0 {
		return nil
	}
	return append([]T{x}, Repeat(x, n-1)...)
}

func Pairs[T any](xs []T) [][2]T {
	var out [][2]T
	for i := 0; i+1 < len(xs); i += 2 {
		out = append(out, [2]T{xs[i], xs[i+1]})
	}
	return out
}

func main() {
	fmt.Println(Reverse([]int{1, 2, 3, 4, 5}))
	fmt.Println(Reverse([]string{"x"}))
	fmt.Println(Flatten([][]string{{"a", "b"}, {}, {"c"}}))
	fmt.Println(Repeat("ab", 3), len(Repeat(1.5, 0)))
	fmt.Println(Pairs([]int{1, 2, 3, 4, 5}))
	p := Pairs([]rune("abcd"))
	fmt.Println(string(Reverse(p[1][:])))
}
