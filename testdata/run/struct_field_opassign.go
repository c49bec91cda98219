package main

import "fmt"

// Fields updated through pointers (`p.f op= x`, `p.f++`): in place in the variable the
// pointer points to, never in a copy made earlier, and seen through every alias.

type vec struct {
	x, y, z float64
	n       int
	k       int8
	u       uint16
	ok      bool
	name    string
}

type wrap struct {
	v   vec
	arr [3]int
}

func main() {
	p := &vec{x: 1, y: 2, z: 3, name: "a"}
	q := p
	snap := *p
	p.x += 10
	p.y -= 0.5
	p.z *= 4
	p.x /= 2
	p.n += 5
	p.n -= 7
	p.n *= -3
	p.n++
	q.n++
	p.k += 127
	p.k++
	p.u -= 1
	p.u *= 3
	p.ok = !p.ok
	p.name += "b"
	fmt.Println(*p)
	fmt.Println(*q)
	fmt.Println(snap)
	snap.x += 100
	fmt.Println(p.x, snap.x)

	// Through a slice of pointers and a pointer to a struct in a struct.
	ps := []*vec{{x: 1}, {x: 2}}
	for _, v := range ps {
		v.x *= 3
		v.n += len(v.name) + 1
	}
	a := ps[0]
	a.y += a.x * ps[1].x
	fmt.Println(*ps[0], *ps[1])
	w := &wrap{}
	w.v.x += 1.5
	w.v.n++
	w.arr[1] += 4
	c := *w
	w.v.x += 1
	w.arr[1]++
	fmt.Println(w.v.x, w.v.n, w.arr, c.v.x, c.arr)

	// An escaping struct variable updated through its own name and a pointer.
	var s vec
	r := &s
	s.x += 2
	r.x *= 5
	s.n--
	fmt.Println(s.x, s.n, r.x, r.n)

	// Float edge values in fields.
	e := &vec{}
	e.x -= 0
	e.y = -e.y
	e.z /= 0
	fmt.Println(e.x, e.y, e.z, 1/e.y)

	// A nil pointer's field: Go's nil dereference panic.
	defer func() { fmt.Println("recovered:", recover()) }()
	var np *vec
	np.x += 1
	fmt.Println("unreachable")
}
