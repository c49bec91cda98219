package main

import (
	"fmt"
	"math/rand"
	v2 "math/rand/v2"
)

func main() {
	for seed := int64(-3); seed < 12; seed++ {
		r := rand.New(rand.NewSource(seed * 1000003))
		s := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(seed, r.Intn(6)+1, r.Int63n(1e18), r.Uint32(), s, r.Perm(5))
		p := v2.New(v2.NewPCG(uint64(seed), uint64(seed)<<32))
		fmt.Println("  ", p.IntN(6)+1, p.Uint64N(1e18), p.Int32N(1<<30), p.Perm(5), p.Float32())
	}
}
