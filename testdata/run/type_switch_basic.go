package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ s float64 }
type Circle struct{ r float64 }
type Named string

func (q Square) Area() float64  { return q.s * q.s }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (n Named) String() string  { return "named:" + string(n) }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case float64:
		return fmt.Sprint("float ", v*2)
	case fmt.Stringer:
		return "stringer " + v.String()
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	case []int:
		return fmt.Sprint("ints ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	xs := []any{nil, 41, "s", true, 1.5, Named("n"), Square{2}, &Circle{1}, Circle{1}, []int{1, 2}, 'r', map[string]int{}}
	for _, x := range xs {
		fmt.Println(describe(x))
	}

	var s Shape = Square{3}
	if q, ok := s.(Square); ok {
		fmt.Println("square", q.s)
	}
	c, ok := s.(*Circle)
	fmt.Println(c == nil, ok)
	var x any = 7
	n := x.(int)
	f, ok := x.(float64)
	fmt.Println(n, f, ok)
	str, ok := x.(fmt.Stringer)
	fmt.Println(str == nil, ok)
	x = Named("hi")
	str = x.(fmt.Stringer)
	fmt.Println(str.String())
	sh := s.(Shape)
	fmt.Println(sh.Area())

	switch s.(type) {
	case *Circle:
		fmt.Println("circle")
	case Square:
		fmt.Println("square again")
	}
	switch y := x.(type) {
	default:
		fmt.Println("default", y)
	}
}
