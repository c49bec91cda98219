package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Wrapper struct {
	P    *Point
	M    map[string]int
	S    []string
	E    error
	Any  any
	F    func()
	T    Temp
	priv int
}

func main() {
	p := Point{1, 2}
	pp := &p
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", pp, pp, pp)
	w := Wrapper{P: nil, M: map[string]int{"b": 2, "a": 1}, S: []string{"x"}, E: errors.New("boom"), T: 21.5}
	fmt.Printf("%v\n%+v\n", w, w)
	var np *Point
	var ns []int
	var nm map[string]bool
	var ne error
	fmt.Println(np, ns, nm, ne, []any{nil, 1})
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%q|%U\n", 42, 42, 42, 42, 255, 255, 8, 5, 'G', 'G', 'G')
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%e|%g|%.3g\n", 3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000012345, 123456.0)
	fmt.Printf("%s|%10s|%-10s|%q|%x|% x|%.2s\n", "go", "go", "go", "go\n", "go", "go", "golang")
	fmt.Printf("%t %v %p\n", true, false, nil)
	fmt.Printf("%v %s %d\n", Temp(3), Temp(-1.25), []int{1, 2})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%v %v\n", [2][2]int{{1, 2}, {3, 4}}, map[Point]string{{1, 2}: "a"})
	fmt.Printf("%x %X\n", []byte("abc"), "xyz")
	fmt.Printf("%08.3f|%+d|% d|%+.1e\n", -3.14159, 5, 5, 12345.678)
	s := fmt.Sprintf("%v", []*Point{pp})
	fmt.Println(len(s) > 0, fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	fmt.Printf("%T %T %T %T\n", w.F, w.M, errors.New("x"), any(nil))
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]int{"a": 1}, "q")
}
