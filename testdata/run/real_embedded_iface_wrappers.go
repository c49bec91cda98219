package main

import "fmt"

type Animal interface {
	Name() string
	Speak() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct{ Base }

func (Dog) Speak() string { return "woof" }

type Loud struct{ Animal }

func (l Loud) Speak() string { return l.Animal.Speak() + "!!!" }

func describe(a Animal) string { return a.Name() + " says " + a.Speak() }

func main() {
	d := Dog{Base{"rex"}}
	fmt.Println(describe(d))
	l := Loud{d}
	fmt.Println(describe(l))
	ll := Loud{l}
	fmt.Println(describe(ll), ll.Name())
	animals := map[string]Animal{"a": d, "b": l}
	for _, k := range []string{"a", "b"} {
		switch v := animals[k].(type) {
		case Loud:
			fmt.Println(k, "loud wrapper of", v.Animal.Name())
		case Dog:
			fmt.Println(k, "dog", v.name)
		}
	}
	var a Animal = &d
	fmt.Println(a.Name(), a.Speak())
}
