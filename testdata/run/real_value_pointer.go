package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Moved(dx, dy int) Point { p.X += dx; p.Y += dy; return p }
func (p *Point) Move(dx, dy int)        { p.X += dx; p.Y += dy }

type Polygon struct {
	Name   string
	Points []Point
	Origin Point
}

func modifyValue(p Polygon) {
	p.Name = "changed"
	p.Points[0].X = 999
	p.Origin.X = 999
}

func modifyPtr(p *Polygon) {
	p.Name = "changed"
	p.Origin.Y = -1
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q)
	r := p.Moved(5, 5)
	fmt.Println(p, r)
	p.Move(1, 1)
	fmt.Println(p)
	pp := &p
	pp.Move(1, 1)
	fmt.Println(*pp, p == *pp)

	poly := Polygon{"tri", []Point{{0, 0}, {1, 0}, {0, 1}}, Point{}}
	modifyValue(poly)
	fmt.Println(poly.Name, poly.Points[0], poly.Origin)
	modifyPtr(&poly)
	fmt.Println(poly.Name, poly.Origin)

	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2)
	sl := arr[:]
	sl[1] = 200
	fmt.Println(arr, sl)

	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X = 0
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 0
	}
	fmt.Println(pts)
	m := map[string]Point{"a": {1, 2}}
	pt := m["a"]
	pt.X = 50
	fmt.Println(m["a"], pt)
	ptrs := map[string]*Point{"b": {3, 4}}
	ptrs["b"].X = 30
	fmt.Println(*ptrs["b"])
}
