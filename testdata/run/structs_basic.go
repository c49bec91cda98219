// run

package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Name     string
	Scale    float64
	Visible  bool
}

type Empty struct{}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z)
	fmt.Printf("%v %+v %T\n", p, q, p)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "box"}
	fmt.Println(r, area(r))
	fmt.Printf("%+v\n", r)
	r.Max.X = 10
	r.Scale += 1.5
	r.Min.Y -= 2
	r.Visible = !r.Visible
	fmt.Println(r, area(r))
	var zr Rect
	fmt.Printf("%v|%+v\n", zr, zr)
	fmt.Println(Empty{}, struct{ A, B int }{1, 2})
	fmt.Println(p == Point{1, 2}, p != q, z == Point{})
	fmt.Println(r.Min == Point{0, -2}, Rect{} == zr)
	pts := []Point{{1, 1}, {2, 2}, {3, 3}}
	pts[1].X = 20
	pts[2].Y *= 7
	pts = append(pts, Point{4, 4})
	sum := 0
	for _, pt := range pts {
		sum += pt.X + pt.Y
	}
	fmt.Println(pts, len(pts), sum)
	x := Sprint(p)
	fmt.Println(x)
}

func Sprint(p Point) string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}
