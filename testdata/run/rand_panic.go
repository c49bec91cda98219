package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	r := rand.New(rand.NewSource(1))
	try("Intn", func() { r.Intn(0) })
	try("Int63n", func() { r.Int63n(-5) })
	try("Int31n", func() { r.Int31n(0) })
	try("Shuffle", func() { r.Shuffle(-1, func(i, j int) {}) })
	fmt.Println(rand.Intn(1))
	rand.Intn(-1)
}
