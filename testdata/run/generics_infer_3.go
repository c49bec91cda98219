package main

import "fmt"

// Partial explicit instantiation; the rest inferred.
func Convert[To, From any](xs []From, f func(From) To) []To {
	out := make([]To, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func New[T any, PT interface{ *T }]() PT {
	return PT(new(T))
}

type Num interface{ ~int | ~float64 }

func Cast[To Num, From Num](x From) To { return To(x) }

func main() {
	strs := Convert[string]([]int{1, 2, 3}, func(i int) string { return fmt.Sprint("<", i, ">") })
	fmt.Println(strs)
	fmt.Println(Cast[int](3.9), Cast[float64](7))
	p := New[int]()
	*p = 12
	fmt.Println(*p)
	q := New[struct{ A int }]()
	q.A = 5
	fmt.Println(*q)
}
