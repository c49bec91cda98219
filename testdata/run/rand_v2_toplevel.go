package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

func main() {
	p := rand.Perm(20)
	q := slices.Clone(p)
	slices.Sort(q)
	fmt.Println(len(p), q[0], q[19])
	s := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	slices.Sort(s)
	fmt.Println(s)
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.IntN(7); v < 0 || v >= 7 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if u := rand.Uint32N(3); u >= 3 {
			ok = false
		}
		if d := rand.N(uint8(200)); d >= 200 {
			ok = false
		}
	}
	fmt.Println(ok, rand.Int() >= 0, rand.Int64() >= 0, rand.Int32() >= 0)
	a, b := rand.Uint64(), rand.Uint64()
	fmt.Println(a != b || a == b)
}
