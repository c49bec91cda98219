// fmt's verbs over nested data: structs inside structs, pointers, maps, slices, nil
// values, Stringer and GoStringer, %T, widths and flags.
package main

import (
	"errors"
	"fmt"
)

type Address struct {
	Street string
	City   string
	Zip    *int
}

type Person struct {
	Name    string
	Age     int
	Emails  []string
	Addr    Address
	Boss    *Person
	Tags    map[string]bool
	private float64
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Money int64

func (m Money) String() string   { return fmt.Sprintf("$%d.%02d", m/100, m%100) }
func (m Money) GoString() string { return fmt.Sprintf("Money(%d)", int64(m)) }

type Item struct {
	Name  string
	Price Money
	Color Color
}

func main() {
	boss := &Person{Name: "Ada", Age: 36}
	p := Person{
		Name:    "Bob",
		Age:     29,
		Emails:  []string{"bob@example.com", "b@x.org"},
		Addr:    Address{"1 Main St", "Springfield", nil},
		Boss:    boss,
		Tags:    map[string]bool{"admin": true, "dev": false},
		private: 1.5,
	}
	fmt.Printf("%v\n", p.Addr)
	fmt.Printf("%+v\n", p.Addr.Street)
	fmt.Printf("%v\n", p.Tags)
	fmt.Printf("%+v\n", *boss)
	fmt.Printf("%#v\n", p.Emails)
	fmt.Printf("%#v\n", p.Tags)
	fmt.Printf("%T %T %T %T\n", p, boss, p.Tags, p.Emails)
	var nobody *Person
	fmt.Printf("%v %+v\n", nobody, nobody)
	fmt.Println(Person{}.Boss == nil, Person{}.Emails == nil)
	fmt.Printf("%v|%+v\n", Person{}, Person{})
	fmt.Printf("%#v\n", Address{Street: "x"})

	items := []Item{{"pen", 199, Blue}, {"book", 1250, Red}, {"mug", 5, Color(7)}}
	fmt.Println(items)
	fmt.Printf("%v\n%+v\n%#v\n", items[0], items[1], items[2])
	fmt.Printf("%s %d %x %q\n", Green, Green, Blue, Red)
	fmt.Printf("[%8v][%-8v][%08.3f][%+d][%x][%X][%o][%#o][%#x]\n", Red, Money(42), 3.14159, 7, 255, 255, 8, 8, 255)
	fmt.Printf("[%5t][%-7s][%7.2s][%c][%U][%#U]\n", true, "go", "golang", 'G', 'é', '⌘')
	fmt.Printf("%v %v %v\n", []any{1, "a", nil, 2.5}, [2]bool{true}, struct{}{})
	fmt.Printf("%v %s\n", errors.New("boom"), []error{errors.New("a"), nil})
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"x", "y"})
	fmt.Printf("%6.2f|%-8.3e|%g|%G\n", 3.14159, 1234.5678, 1e21, 1e-7)
	fmt.Printf("%v %v %v\n", 1e6, 1e20, 123456789.0)
	fmt.Printf("%q %v %x % x\n", []string{"a b", "c"}, []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%z\n", 3)
	m := map[Color][]Money{Blue: {1, 2}, Red: {300}}
	fmt.Println(m)
	fmt.Printf("%#v\n", m)
	type pair struct {
		a, b any
	}
	fmt.Printf("%v %+v\n", pair{1, "x"}, pair{nil, []int(nil)})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, nil, "c"), fmt.Sprintln("x", 1))
}
