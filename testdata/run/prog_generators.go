// Closures as generators and state: counters, fibonacci, memoization, function
// composition, middleware chains, and range-over-func iterators with early exit.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Handler func(string) string
type Middleware func(Handler) Handler

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(name string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string { return "<" + name + ">" + next(s) + "</" + name + ">" }
	}
}

func primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
		for n := 2; ; n++ {
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				if !yield(n) {
					return
				}
			}
		}
	}
}

func enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func take[T any](seq iter.Seq[T], n int) []T {
	var out []T
	for v := range seq {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	c := counter(10, 5)
	fmt.Println(c(), c(), c())
	f := fib()
	var fs []int
	for i := 0; i < 12; i++ {
		fs = append(fs, f())
	}
	fmt.Println(fs)

	var slowFib func(int) int
	fastFib, misses := memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	})
	slowFib = fastFib
	fmt.Println(fastFib(80), *misses)
	fmt.Println(fastFib(50), *misses)

	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	count := compose(shout, func(s string) int { return len(s) })
	fmt.Println(shout("hey"), count("hey"))

	h := chain(func(s string) string { return strings.TrimSpace(s) }, tag("b"), tag("i"))
	fmt.Println(h("  hello  "))

	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, g := range funcs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	fmt.Println(take(primes(), 15))
	for i, s := range enumerate([]string{"a", "b", "c", "d"}) {
		if i == 2 {
			continue
		}
		if s == "d" {
			break
		}
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(maps.Values(map[int]int{1: 10})))
	next, stop := iter.Pull(primes())
	defer stop()
	for i := 0; i < 3; i++ {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
