package main

import "fmt"

// Zero values via *new(T), var, and composite literal T{} for struct-constrained parameters.
func NewOf[T any]() T { return *new(T) }

func Reset[T any](p *T) {
	var z T
	*p = z
}

func OrDefault[T comparable](v, d T) T {
	var zero T
	if v == zero {
		return d
	}
	return v
}

type Config struct {
	Name  string
	Port  int
	Debug bool
}

func main() {
	fmt.Printf("%q %v %+v\n", NewOf[string](), NewOf[[]int]() == nil, NewOf[Config]())
	c := Config{"srv", 80, true}
	Reset(&c)
	fmt.Printf("%+v\n", c)
	xs := []int{1, 2}
	Reset(&xs)
	fmt.Println(xs == nil)
	fmt.Println(OrDefault("", "anon"), OrDefault("bob", "anon"), OrDefault(0, 8080))
	fmt.Println(OrDefault(Config{}, Config{Name: "default"}).Name)
}
