package main

import "fmt"

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter(start, step int) (inc func() int, reset func()) {
	n := start
	inc = func() int {
		n += step
		return n
	}
	reset = func() { n = start }
	return
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
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

type Op func(float64, float64) float64

func main() {
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	inc, reset := counter(10, 5)
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	toStr := compose(func(i int) float64 { return float64(i) / 2 }, func(f float64) string { return fmt.Sprintf("<%.1f>", f) })
	fmt.Println(toStr(5), toStr(-3))
	calls := 0
	var slowSq func(int) int
	slowSq = memo(func(n int) int {
		calls++
		return n * n
	})
	for _, n := range []int{2, 3, 2, 2, 3, 4} {
		fmt.Print(slowSq(n), " ")
	}
	fmt.Println("calls:", calls)
	ops := map[string]Op{
		"+": func(a, b float64) float64 { return a + b },
		"*": func(a, b float64) float64 { return a * b },
	}
	for _, k := range []string{"+", "*", "-"} {
		if op, ok := ops[k]; ok {
			fmt.Println(k, op(3, 4))
		} else {
			fmt.Println(k, "unknown", op == nil)
		}
	}
	x := 1
	func() {
		x := 2
		x++
		_ = x
	}()
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	defer func(v int) { fmt.Println("deferred saw", v, "now", x) }(x)
	x = 100
}
