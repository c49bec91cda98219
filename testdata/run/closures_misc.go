package main

import "fmt"

var square = func(x int) int { return x * x }

func named() (r int, s string) {
	set := func() {
		r = 5
		s = "set"
	}
	set()
	r *= 2
	return
}

func swapper(a, b string) (func() (string, string), func()) {
	return func() (string, string) { return a, b }, func() { a, b = b, a }
}

func collect() ([]int, func(int)) {
	var xs []int
	add := func(x int) { xs = append(xs, x) }
	add(1)
	add(2)
	return xs, add
}

func build() func() []string {
	var parts []string
	push := func(s string) { parts = append(parts, s+s) }
	push("a")
	push("b")
	return func() []string { return parts }
}

func main() {
	fmt.Println(square(12))
	fmt.Println(named())
	get, swap := swapper("x", "y")
	swap()
	fmt.Println(get())
	a, b := get()
	fmt.Println(a + b)
	xs, add := collect()
	add(3)
	fmt.Println(xs, len(xs))
	fmt.Println(build()())
	msg := "hi"
	shout := func() { msg += "!" }
	shout()
	shout()
	fmt.Println(msg)
	var x = 3
	var y int
	inc := func() { x++; y-- }
	inc()
	fmt.Println(x, y)
	q, r := func(a, b int) (int, int) { return a / b, a % b }(23, 4)
	double := func(v int) int { return v * 2 }
	fmt.Println(q, r, double(q))
	split := func() (int, int) { return 6, 7 }
	mul := func(a, b int) int { return a * b }
	fmt.Println(mul(split()))
	var fs []func() (int, int)
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		fs = append(fs, func() (int, int) { return i, j })
	}
	for _, f := range fs {
		fmt.Print(f())
		fmt.Print(" ")
	}
	fmt.Println()
	ratio := 0.5
	scale := func(v float64) float64 { ratio *= 2; return v * ratio }
	fmt.Println(scale(3), scale(3), ratio)
	on := true
	flip := func() bool { on = !on; return on }
	fmt.Println(flip(), flip(), on)
	h := 0
	for i := 0; i < 3; i++ {
		h := h + i
		func() { h *= 10 }()
		fmt.Print(h, " ")
	}
	fmt.Println(h)
	bs := []byte("abc")
	upd := func(i int) { bs[i] = 'z' }
	upd(1)
	fmt.Println(string(bs))
	mk := func(n int) func() int {
		return func() int {
			n--
			return n
		}
	}
	c1 := mk(10)
	c1()
	fmt.Println(c1(), mk(3)())
	var nilf func()
	fmt.Println(nilf == nil, mk != nil)
}
