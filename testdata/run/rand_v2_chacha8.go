package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	copy(seed[:], "chacha8 seed for gint's tests..!")
	c := rand.NewChaCha8(seed)
	for i := 0; i < 4; i++ {
		fmt.Println(c.Uint64())
	}
	r := rand.New(c)
	// Past the first few blocks, so the generator reseeds itself at least once.
	sum := uint64(0)
	for i := 0; i < 1000; i++ {
		sum += r.Uint64() >> 20
	}
	fmt.Println(sum, r.IntN(10), r.Float64(), r.Perm(6))
	buf := make([]byte, 11)
	n, err := c.Read(buf)
	fmt.Println(n, err, buf)
	c.Seed([32]byte{1})
	fmt.Println(c.Uint64())
	// Top-level functions: random, so print facts only.
	fmt.Println(rand.N(10) < 10, rand.N(int64(5)) < 5, rand.IntN(3) < 3)
	type ms int64
	fmt.Println(rand.N(ms(100)) < 100)
}
