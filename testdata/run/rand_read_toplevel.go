package main

import (
	"fmt"
	"math/rand"
)

func main() {
	buf := make([]byte, 16)
	n, err := rand.Read(buf)
	fmt.Println(n, err)
	r := rand.New(rand.NewSource(99))
	a := make([]byte, 5)
	b := make([]byte, 9)
	r.Read(a)
	r.Read(b)
	fmt.Println(a, b)
	r2 := rand.New(rand.NewSource(99))
	c := make([]byte, 14)
	r2.Read(c)
	fmt.Println(c)
	fmt.Println(r.Float32(), r.Int31(), r.Uint64())
	seen := map[int]bool{}
	for i := 0; i < 200; i++ {
		seen[rand.Intn(5)] = true
	}
	fmt.Println(len(seen))
}
