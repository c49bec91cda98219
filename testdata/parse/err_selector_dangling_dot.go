package main

type T struct{}

func (T) M() {}

func main() {
	f := *T.M
	g := (*T).
	_ = f
}
