package main

import "fmt"

type Point struct{ X, Y int }
type Segment struct{ A, B Point }
type Tagged struct {
	Name string
	Pos  [2]int
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

var names = map[Color]string{Red: "red", Green: "green", Blue: "blue"}

func (c Color) String() string { return names[c] }

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != Point{2, 1})
	s1 := Segment{p, Point{3, 4}}
	s2 := Segment{q, Point{3, 4}}
	fmt.Println(s1 == s2, s1.B == Point{3, 4})
	t1 := Tagged{"a", [2]int{1, 2}}
	t2 := Tagged{"a", [2]int{1, 2}}
	fmt.Println(t1 == t2, t1.Pos == [2]int{1, 2})
	t2.Pos[1] = 3
	fmt.Println(t1 == t2)
	seen := map[Point]bool{}
	for _, pt := range []Point{{1, 1}, {2, 2}, {1, 1}} {
		if seen[pt] {
			fmt.Println("dup", pt)
		}
		seen[pt] = true
	}
	switch p {
	case Point{0, 0}:
		fmt.Println("origin")
	case Point{1, 2}:
		fmt.Println("one-two")
	}
	var a, b any = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a == any(Point{2, 1}))
	c := Green
	fmt.Println(c, Blue, Color(0), c == Green)
	fmt.Printf("%v %d %s\n", c, c, c)
	pa, pb := &Point{1, 1}, &Point{1, 1}
	fmt.Println(pa == pb, *pa == *pb)
}
