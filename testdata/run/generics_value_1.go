package main

import "fmt"

// Value semantics of struct and array values passed through type parameters.
type P struct {
	X   int
	Arr [2]int
}

func Keep[T any](x T) []T { return []T{x, x} }

func Store[K comparable, V any](m map[K]V, k K, v V) V {
	m[k] = v
	return v
}

func SwapAt[T any](xs []T, i, j int) { xs[i], xs[j] = xs[j], xs[i] }

func main() {
	p := P{1, [2]int{1, 2}}
	ks := Keep(p)
	ks[0].X = 100
	ks[1].Arr[0] = 9
	fmt.Println(p, ks)
	m := map[string]P{}
	v := Store(m, "a", p)
	v.X = 7
	p.Arr[1] = 5
	fmt.Println(m["a"], v, p)
	arrs := Keep([3]string{"a", "b", "c"})
	arrs[0][0] = "z"
	fmt.Println(arrs)
	ps := []P{{X: 1}, {X: 2}}
	SwapAt(ps, 0, 1)
	fmt.Println(ps)
}
