package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int(), r.Intn(100), r.Int63(), r.Int31(), r.Int31n(1000), r.Int63n(1e12))
	fmt.Println(r.Uint32(), r.Uint64(), r.Float64(), r.Float32())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Println(r.ExpFloat64(), r.NormFloat64())
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	for _, seed := range []int64{0, 1, -1, 1 << 40, -123456789, 2147483647} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Intn(1000), r.Intn(1<<40), r.Float64(), r.NormFloat64(), r.ExpFloat64())
	}
	r.Seed(7)
	a := r.Int63()
	r.Seed(7)
	fmt.Println(a == r.Int63(), a)
	sum := 0.0
	for i := 0; i < 1000; i++ {
		sum += r.NormFloat64()
	}
	fmt.Printf("%.6f\n", sum)
}
