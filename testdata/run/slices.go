package main

import "fmt"

// Globals live on the heap, so their capacities follow growslice (a local slice that does
// not escape may start in a stack buffer instead).
var is []int
var bs []byte
var ss []string

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	s := make([]int, 3)
	s[0] = 5
	s[1] += 7
	s[2]++
	s[1] *= 3
	fmt.Println(s, len(s), cap(s), sum(s))
	t := make([]int, 2, 10)
	fmt.Println(len(t), cap(t), t)
	u := []int{1, 2, 3}
	v := []string{2: "c", 0: "a"}
	fmt.Println(u, len(v), v[0], v[1] == "", v[2])
	// Aliasing: slices share their backing array.
	w := u[1:]
	w[0] = 20
	fmt.Println(u, w, len(w), cap(w))
	x := u[:1:2]
	fmt.Println(x, len(x), cap(x))
	x = append(x, 99)
	fmt.Println(u, x)
	x = append(x, 100)
	x[0] = -1
	fmt.Println(u, x)
	// Growth of capacity as Go's append does it, for elements of 8, 1 and 16 bytes.
	last := -1
	for i := 0; i < 2000; i++ {
		is = append(is, i)
		bs = append(bs, byte(i))
		ss = append(ss, "s")
		if cap(is) != last {
			fmt.Println("int", len(is), cap(is), "byte", cap(bs), "string", cap(ss))
			last = cap(is)
		}
	}
	fmt.Println(len(is), cap(is), cap(bs), cap(ss))
	m := append([]int{}, 1, 2, 3, 4, 5)
	fmt.Println(m, cap(m))
	m = append(m, m...)
	fmt.Println(m, cap(m))
	m2 := append(u[:0], 7, 8)
	fmt.Println(m2, u)
	n := copy(m, []int{9, 9})
	fmt.Println(n, m)
	n = copy(m[1:], m)
	fmt.Println(n, m)
	f := []float64{1.5, 2}
	f[1] /= 4
	fmt.Println(f)
	bl := make([]bool, 3)
	bl[1] = true
	fmt.Println(bl, !bl[0])
	nested := [][]int{{1, 2}, {3}}
	nested[1] = append(nested[1], 4)
	fmt.Println(nested, len(nested[1]), nested[1][1])
	for i := range nested {
		fmt.Println(i, nested[i])
	}
	var nilS []int
	fmt.Println(nilS, len(nilS), cap(nilS), nilS == nil)
	fmt.Printf("%v %d\n", u, len(u))
	a, b := u[0], u[len(u)-1]
	u[0], u[2] = b, a
	fmt.Println(u)
}
