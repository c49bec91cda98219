package main

import (
	"fmt"
	"math/rand"
)

// counter is a user-defined Source: Rand's derivations work on any source.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 0x1234567; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Intn(10), r.Float64())
	r.Seed(100)
	fmt.Println(r.Int63())
	var src rand.Source = rand.NewSource(5)
	s64, ok := src.(rand.Source64)
	fmt.Println(ok, s64.Uint64(), src.Int63())
	// Top-level functions are randomly seeded: print only what holds for any stream.
	rand.Seed(1)
	x := rand.Intn(10)
	fmt.Println(x >= 0 && x < 10)
	p := rand.Perm(5)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	fmt.Println(len(seen), len(p))
	f := rand.Float64()
	fmt.Println(f >= 0 && f < 1)
}
