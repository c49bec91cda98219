package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter(start int) (inc func() int, get func() int) {
	n := start
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	inc, get := counter(10)
	inc()
	inc()
	fmt.Println("counter:", get())
	double := func(x int) int { return x * 2 }
	addOne := func(x int) int { return x + 1 }
	square := func(x int) int { return x * x }
	g := compose(double, addOne, square)
	fmt.Println(g(3), compose()(7))
	calls := 0
	slowSquare := func(n int) int { calls++; return n * n }
	fast := memo(slowSquare)
	for _, n := range []int{4, 5, 4, 4, 5, 6} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("calls:", calls)
	fmt.Println(apply([]int{1, 2, 3}, square))
	var funcs []func() string
	for _, s := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return s + s })
	}
	for _, fn := range funcs {
		fmt.Print(fn())
	}
	fmt.Println()
}
