package main

type Setter interface{ Set(int) }

type Val struct{ n int }

func (v *Val) Set(n int) { v.n = n }

func Apply[T Setter](x T) { x.Set(1) }

func main() {
	Apply(Val{}) // ERROR "in call to Apply, T (type Val) does not satisfy Setter (method Set has pointer receiver)"
	Apply(&Val{})
	var v Val
	Apply(v) // ERROR "in call to Apply, T (type Val) does not satisfy Setter (method Set has pointer receiver)"
}
