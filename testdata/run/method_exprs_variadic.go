package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type P struct{}

func (P) Join(sep string, xs ...int) string { return fmt.Sprint(sep, xs) }

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Set(n int)     { t.n = n }

func main() {
	area := func(s Shape) float64 { return s.Area() }
	fmt.Println(area(Sq(3)))
	j := P{}.Join
	fmt.Println(j("-", 1, 2), j("+"), j("*", []int{4}...))
	set := (*T).Set
	var t T
	set(&t, 5)
	get := (*T).Get
	fmt.Println(get(&t), T.Get(t))
	var fs []func() int
	for i := range 3 {
		tt := T{i * 10}
		fs = append(fs, tt.Get)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
