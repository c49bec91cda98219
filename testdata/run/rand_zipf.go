package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

func main() {
	z := rand.NewZipf(rand.New(rand.NewSource(7)), 1.1, 1, 100)
	counts := make([]int, 5)
	var first []uint64
	for i := 0; i < 2000; i++ {
		v := z.Uint64()
		if i < 10 {
			first = append(first, v)
		}
		if v < 5 {
			counts[v]++
		}
	}
	fmt.Println(first, counts)
	fmt.Println(rand.NewZipf(rand.New(rand.NewSource(1)), 1, 1, 10) == nil, rand.NewZipf(rand.New(rand.NewSource(1)), 2, 0.5, 10) == nil)
	z2 := randv2.NewZipf(randv2.New(randv2.NewPCG(1, 2)), 2.5, 3, 50)
	for i := 0; i < 10; i++ {
		fmt.Print(z2.Uint64(), " ")
	}
	fmt.Println()
	var nz *rand.Zipf
	defer func() { fmt.Println(recover()) }()
	nz.Uint64()
}
