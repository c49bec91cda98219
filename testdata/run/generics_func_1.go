package main

import "fmt"

// Type parameter lists with several parameters and explicit instantiation.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Zip[A any, B any](as []A, bs []B) []string {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	res := []string{}
	for i := 0; i < n; i++ {
		res = append(res, fmt.Sprint(as[i], ":", bs[i]))
	}
	return res
}

func main() {
	words := Map[int, string]([]int{1, 2, 3}, func(i int) string { return fmt.Sprintf("#%d", i) })
	fmt.Println(words, len(words))
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens)
	fmt.Println(Zip([]int{1, 2, 3}, []string{"a", "b"}))
	fmt.Println(Zip[float64, bool]([]float64{1.5}, []bool{true, false}))
}
