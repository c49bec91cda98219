package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Code int

func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", int(c)) }

type MyErr struct{ Op string }

func (e *MyErr) Error() string { return "failed: " + e.Op }

type Both int

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Box struct {
	C     Color
	T     Temp
	hid   Color
	P     *Pt
	Any   any
	Err   error
	Codes []Code
}

type Bad int

func (b Bad) String() string {
	if b < 0 {
		panic("negative")
	}
	return "ok"
}

type Node struct{ Next *Node }

func (n *Node) String() string { return fmt.Sprint("node->", n.Next.Next) }

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v|%s|%d|%x|%X|%q|%5v|%-7s|%.2s|%#v|%T\n", Color(1), Color(1), Color(1), Color(1), Color(1), Color(1), Color(0), Color(0), Color(0), Color(1), Color(1))
	fmt.Println([]Color{0, 1, 2}, map[Color]Temp{1: 20.5, 0: -3}, [2]Color{1, 0})
	fmt.Printf("%v %d %s\n", []Color{0, 1}, []Color{0, 1}, map[string]Color{"a": 1})

	// Pointer receivers: called on pointers, not on values.
	p := &Pt{1, 2}
	fmt.Println(p, *p, []*Pt{p, nil}, []Pt{{3, 4}})
	fmt.Printf("%v %+v %s %d\n", p, *p, p, p)

	// Struct fields: exported ones are printed through their methods, unexported not.
	b := Box{C: 1, T: 21.25, hid: 1, P: p, Any: Color(0), Err: &MyErr{"open"}, Codes: []Code{1}}
	fmt.Printf("%v\n%+v\n", b, b)
	fmt.Println(&b)

	// GoStringer under %#v only.
	fmt.Printf("%#v %v %#v\n", Code(3), Code(3), []Code{1, 2})

	// error before Stringer; %w outside Errorf.
	fmt.Println(Both(1), &MyErr{"read"})
	fmt.Printf("%v %s %q %x %d\n", Both(1), Both(1), Both(1), Both(1), Both(1))
	fmt.Printf("%w|%w\n", &MyErr{"x"}, 5)

	// Errorf and wrapping.
	base := errors.New("base")
	e1 := fmt.Errorf("layer: %w", base)
	fmt.Println(e1, errors.Unwrap(e1) == base, errors.Is(e1, base))
	fmt.Println(fmt.Errorf("code %d: %v", 7, Color(1)))
	fmt.Println(fmt.Errorf("bad %w", 3))

	// nil receivers and panicking methods.
	var np *Pt
	var ne *MyErr
	fmt.Println(np, ne)
	fmt.Printf("%v|%s|%d\n", np, np, np)
	fmt.Println(Bad(1), Bad(-1))
	fmt.Printf("[%5v] [%-8s]\n", Bad(-2), Bad(-3))
	fmt.Println(&Node{})
	var s fmt.Stringer = Color(0)
	fmt.Println(s, []fmt.Stringer{Color(1), nil, Temp(1)})
}
