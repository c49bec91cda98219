package main

import "fmt"

func main() {
	a := 1.5
	b := 2.25
	fmt.Println(a+b, a*b, a/b, a-b, -a)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(1e100, 1e-7, 123456.0, 1234567.0, 0.000123)
	fmt.Printf("%.2f %.0f %8.3f|%-8.2f|%e %g\n", 3.14159, 2.5, 1.0, 2.0, 123456.789, 0.5)
	n := 10
	g := 7.9
	fmt.Println(float64(n)/3, int(g), int(-g))
}
