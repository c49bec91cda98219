package main

import (
	"fmt"
	"math/rand/v2"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	r := rand.New(rand.NewPCG(3, 4))
	try("IntN", func() { r.IntN(0) })
	try("Int64N", func() { r.Int64N(-1) })
	try("Uint64N", func() { r.Uint64N(0) })
	try("Int32N", func() { r.Int32N(0) })
	try("N", func() { rand.N(0) })
	try("Shuffle", func() { r.Shuffle(-2, nil) })
	rand.IntN(-3)
}
