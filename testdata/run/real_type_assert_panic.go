package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return c.name + " meows" }

func loudest(as []Animal) string {
	best := ""
	for _, a := range as {
		if s := a.Sound(); len(s) > len(best) {
			best = s
		}
	}
	return best
}

func main() {
	zoo := []Animal{Dog{}, &Cat{"tom"}, Dog{}}
	fmt.Println(loudest(zoo))
	for i, a := range zoo {
		switch v := a.(type) {
		case Dog:
			fmt.Println(i, "dog", v.Sound())
		case *Cat:
			fmt.Println(i, "cat", v.name)
		}
	}
	var x any = zoo[1]
	c := x.(*Cat)
	fmt.Println(c.name)
	d := x.(Dog)
	fmt.Println("unreachable", d)
}
