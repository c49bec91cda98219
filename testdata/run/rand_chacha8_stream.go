package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	for i := range seed {
		seed[i] = byte(i)
	}
	c := rand.NewChaCha8(seed)
	var xs []uint64
	for i := 0; i < 200; i++ {
		x := c.Uint64()
		if i%40 == 0 || i > 195 {
			xs = append(xs, x)
		}
	}
	fmt.Println(xs)
	a := make([]byte, 3)
	b := make([]byte, 10)
	c.Read(a)
	c.Read(b)
	fmt.Println(a, b)
	r := rand.New(rand.NewChaCha8([32]byte{}))
	fmt.Println(r.IntN(100), r.Int64N(1<<40), r.NormFloat64(), r.ExpFloat64(), r.UintN(10))
}
