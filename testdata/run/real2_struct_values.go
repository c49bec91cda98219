package main

import "fmt"

type Vec struct{ X, Y int }

type Rect struct {
	Min, Max Vec
	Tags     [2]string
}

func (r Rect) Area() int       { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }
func (r *Rect) Grow(d int)     { r.Max.X += d; r.Max.Y += d }
func (r Rect) Moved(v Vec) Rect { r.Min.X += v.X; r.Max.X += v.X; r.Min.Y += v.Y; r.Max.Y += v.Y; return r }

func main() {
	a := Rect{Vec{0, 0}, Vec{2, 3}, [2]string{"a", "b"}}
	b := a
	b.Tags[0] = "changed"
	b.Max.X = 10
	fmt.Println(a, b, a == b)
	c := a
	fmt.Println(a == c, a.Area(), b.Area())
	a.Grow(1)
	fmt.Println(a.Area(), c.Area())
	m := a.Moved(Vec{5, 5})
	fmt.Printf("%v %+v\n", a.Min, m)
	rects := []Rect{a, b, c}
	for _, r := range rects {
		r.Grow(100)
	}
	fmt.Println(rects[0].Max)
	for i := range rects {
		rects[i].Grow(1)
	}
	fmt.Println(rects[0].Max, rects[2].Tags)
	pr := &rects[1]
	pr.Tags[1] = "ptr"
	fmt.Println(rects[1].Tags)
	arr := [3]Vec{{1, 2}, {3, 4}}
	arr2 := arr
	arr2[0].X = 99
	fmt.Println(arr, arr2, arr == arr2, arr != [3]Vec{{1, 2}, {3, 4}, {}})
	set := map[Vec]bool{{1, 2}: true}
	set[Vec{3, 4}] = true
	fmt.Println(set[Vec{1, 2}], set[Vec{2, 1}], len(set))
	type key struct {
		name string
		pos  [2]int
	}
	seen := map[key]int{}
	seen[key{"a", [2]int{1, 1}}]++
	seen[key{"a", [2]int{1, 1}}]++
	seen[key{"a", [2]int{1, 2}}]++
	fmt.Println(len(seen), seen[key{"a", [2]int{1, 1}}])
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%v %+v %T\n", anon, anon, anon)
	var zero Rect
	fmt.Printf("%#v\n", zero.Min)
}
