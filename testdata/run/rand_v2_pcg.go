package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.Uint64(), r.Int64(), r.Int32(), r.Uint32(), r.Int())
	fmt.Println(r.IntN(100), r.Int64N(1e15), r.Int32N(7), r.Uint64N(1<<63+5), r.UintN(3), r.Uint32N(1000))
	fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(8))
	s := []int{1, 2, 3, 4, 5, 6}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	p := rand.NewPCG(7, 8)
	for i := 0; i < 3; i++ {
		fmt.Println(p.Uint64())
	}
	p.Seed(7, 8)
	fmt.Println(p.Uint64())
	for seed := uint64(0); seed < 5; seed++ {
		r := rand.New(rand.NewPCG(seed, seed*seed+1))
		fmt.Println(seed, r.IntN(1000), r.Float64(), r.NormFloat64())
	}
}
