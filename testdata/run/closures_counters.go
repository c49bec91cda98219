package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func pair() (func() int, func(int)) {
	v := 10
	get := func() int { return v }
	set := func(n int) { v = n }
	return get, set
}

func accum() func(float64) float64 {
	var sum float64
	return func(x float64) float64 {
		sum += x
		return sum
	}
}

func greeter(prefix string) func(string) string {
	count := 0
	return func(name string) string {
		count++
		return fmt.Sprintf("%s %s #%d", prefix, name, count)
	}
}

func nested() func() func() int {
	x := 100
	return func() func() int {
		y := 1
		return func() int {
			x++
			y *= 2
			return x + y
		}
	}
}

func main() {
	a, b := counter(), counter()
	fmt.Println(a(), a(), a(), b())
	add5 := adder(5)
	fmt.Println(add5(1), adder(-3)(10))
	get, set := pair()
	fmt.Println(get())
	set(42)
	fmt.Println(get())
	acc := accum()
	acc(1.5)
	fmt.Println(acc(2.25))
	g := greeter("hello")
	fmt.Println(g("ann"))
	fmt.Println(g("bob"))
	mk := nested()
	f1 := mk()
	f2 := mk()
	fmt.Println(f1(), f1(), f2(), f1())
	flag := false
	toggle := func() { flag = !flag }
	toggle()
	toggle()
	toggle()
	fmt.Println(flag)
	total := 0
	for i := 0; i < 5; i++ {
		func() { total += i }()
	}
	fmt.Println(total)
}
