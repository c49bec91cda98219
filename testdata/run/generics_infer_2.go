package main

import "fmt"

// Inference through composite parameter types: pointers, maps, funcs, channels.
func Deref[T any](p *T) T { return *p }

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Apply[A, R any](f func(A) R, a A) R { return f(a) }

func Drain[T any](ch chan T) []T {
	var out []T
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

type Celsius float64

func main() {
	x := 3.5
	fmt.Println(Deref(&x))
	fmt.Println(Keys(map[string][]int{"a": nil, "b": {1}}))
	fmt.Println(Apply(func(s string) int { return len(s) }, "hello"))
	ch := make(chan Celsius, 3)
	ch <- 1
	ch <- 2.5
	close(ch)
	got := Drain(ch)
	fmt.Printf("%v %T\n", got, got)
	p := Ptr(Celsius(4))
	*p += 1
	fmt.Println(*p, *Ptr("s"))
}
