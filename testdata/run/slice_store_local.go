package main

import "fmt"

// Element stores and op-assignments into local slices and arrays of every scalar kind,
// seen through the slices sharing their backing array, and not through copies.

func main() {
	s := make([]int, 5)
	t := s[1:3]
	for i := range s {
		s[i] = i * i
	}
	s[2] += 10
	t[0] *= 3
	s[4]--
	fmt.Println(s, t, len(t), cap(t))
	u := append(t, 77) // writes s[3]
	u[0] = -1
	fmt.Println(s, t, u)

	b := []int8{127, -128, 5}
	b[0]++
	b[1]--
	b[2] *= 100
	b[2] <<= 1
	fmt.Println(b)
	ub := []uint8{0, 255, 7}
	ub[0]--
	ub[1] += 2
	ub[2] /= 2
	ub[2] %= 2
	fmt.Println(ub)
	u32 := []uint32{1, 4294967295}
	u32[0] -= 2
	u32[1] *= 3
	fmt.Println(u32)

	f := []float64{1.5, 0, -2}
	f[0] += 0.25
	f[1] = -f[1]
	f[2] /= 0
	f[1] *= -1
	fmt.Println(f, 1/f[1])
	g := []float32{0.1, 3.4e38}
	g[0] += 0.2
	g[1] *= 10
	fmt.Println(g)

	flags := make([]bool, 4)
	for i := 0; i < len(flags); i += 2 {
		flags[i] = true
	}
	flags[1] = flags[0] && !flags[2]
	fmt.Println(flags)

	// Arrays: stores go into the array itself; a copy made before is unchanged.
	var a [4]int
	c := a
	for i := range a {
		a[i] = 10 - i
	}
	a[3] += a[0]
	p := &a
	p[1] *= 2
	fmt.Println(a, c, *p)
	// Range over an array ranges over a copy; over a slice, over the live elements.
	for i, v := range a {
		a[3] = 0
		if i == 3 {
			fmt.Println("array value", v)
		}
	}
	for i, v := range s {
		s[4] = 1000
		if i == 4 {
			fmt.Println("slice value", v)
		}
	}
	sum := 0.0
	for _, v := range f[:2] {
		sum += v
	}
	var k int
	for k = range s {
	}
	fmt.Println(sum, k)

	// A store out of range: Go's index panic.
	i := 5
	s[i] = 1
	fmt.Println("unreachable")
}
