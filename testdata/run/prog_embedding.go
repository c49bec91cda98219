// Embedding: promoted fields and methods, overriding, embedded interfaces, embedded
// pointers, and which methods end up in a type's method set.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Named struct{ Name string }

func (n Named) Describe() string { return "named " + n.Name }
func (n Named) Hello() string    { return "hello from " + n.Name }

type Animal interface {
	Sound() string
	Describe() string
}

type Dog struct {
	Named
	*Logger
	Tricks []string
}

func (d Dog) Sound() string { return "woof" }

// Describe overrides the promoted Named.Describe but can still call it.
func (d Dog) Describe() string {
	return "dog (" + d.Named.Describe() + ", " + strings.Join(d.Tricks, "/") + ")"
}

type Cat struct {
	Named
	lives int
}

func (c *Cat) Sound() string { c.lives--; return "meow" }

type LoudAnimal struct {
	Animal
	volume int
}

func (l LoudAnimal) Sound() string {
	return strings.ToUpper(l.Animal.Sound()) + strings.Repeat("!", l.volume)
}

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }

type Derived struct {
	Base
	ID string // shadows Base.ID
}

func main() {
	log := &Logger{prefix: "[dog] "}
	d := Dog{Named{"Rex"}, log, []string{"sit", "roll"}}
	d.Logf("created %s", d.Name)
	fmt.Println(d.Hello())
	fmt.Println(d.Describe())
	c := &Cat{Named: Named{"Tom"}, lives: 9}
	animals := []Animal{d, c, LoudAnimal{d, 3}, LoudAnimal{c, 1}}
	for _, a := range animals {
		fmt.Printf("%-45s says %s\n", a.Describe(), a.Sound())
	}
	fmt.Println("cat lives:", c.lives)
	d.Logf("tricks: %d", len(d.Tricks))
	fmt.Println(strings.Join(log.lines, "\n"))

	var x Derived
	x.SetID(42)
	x.ID = "outer"
	fmt.Printf("%+v\n", x)
	fmt.Println(x.Base.ID, x.ID)

	type Point struct{ X, Y int }
	type Circle struct {
		Point
		Radius int
	}
	type Wheel struct {
		Circle
		Spokes int
	}
	w := Wheel{Circle{Point{8, 8}, 5}, 20}
	w.X = 42
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	_, isStringer := any(d).(fmt.Stringer)
	_, catIsAnimal := any(Cat{}).(Animal)
	_, catPtrIsAnimal := any(&Cat{}).(Animal)
	fmt.Println(isStringer, catIsAnimal, catPtrIsAnimal)
}
