package main

import "fmt"

// Inference across several arguments that must unify to the same type.
func Merge[K comparable, V any](a, b map[K]V) map[K]V {
	out := make(map[K]V, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func Concat[T any](a, b []T) []T { return append(append([]T{}, a...), b...) }

type Names []string

func main() {
	m := Merge(map[string]int{"a": 1}, map[string]int{"b": 2, "a": 3})
	fmt.Println(m["a"], m["b"], len(m))
	c := Concat([]int{1}, []int{2, 3})
	fmt.Println(c)
	n := Concat(Names{"x"}, []string{"y"})
	fmt.Printf("%T %v\n", n, n)
	fmt.Println(len(Concat[bool](nil, nil)))
}
