package main

import "fmt"

// Generic closures: a generic function returning closures over T.
func Counter[T comparable]() (func(T), func(T) int) {
	counts := map[T]int{}
	add := func(x T) { counts[x]++ }
	get := func(x T) int { return counts[x] }
	return add, get
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := make(map[K]V)
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		fmt.Println("computed", k, "calls", calls)
		return v
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	add, get := Counter[string]()
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		add(w)
	}
	fmt.Println(get("a"), get("b"), get("z"))
	sq := Memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
	f := Compose(func(i int) string { return fmt.Sprint(i * 2) }, func(s string) int { return len(s) })
	fmt.Println(f(5), f(50000))
}
