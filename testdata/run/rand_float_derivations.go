package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	var f64, f32 []float64
	for i := 0; i < 5; i++ {
		f64 = append(f64, r.Float64())
		f32 = append(f32, float64(r.Float32()))
	}
	fmt.Println(f64)
	fmt.Println(f32)
	hist := make([]int, 10)
	for i := 0; i < 10000; i++ {
		hist[int(r.Float64()*10)]++
	}
	fmt.Println(hist)
	var n, e []float64
	for i := 0; i < 6; i++ {
		n = append(n, r.NormFloat64()*2+10)
		e = append(e, r.ExpFloat64()/3)
	}
	fmt.Println(n)
	fmt.Println(e)
	fmt.Println(r.Int31n(1<<30), r.Int63n(3), r.Intn(1<<31+1), r.Int31n(1), r.Int63n(1<<62))
}
