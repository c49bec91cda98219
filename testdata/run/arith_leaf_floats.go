package main

import (
	"fmt"
	"math"
)

// Float operations on locals and constants: NaN, signed zeros, infinities, float32
// rounding, comparisons and op-assignments.

func f64ops(a, b float64) {
	fmt.Println(a+b, a-b, a*b, a/b, a+1, 1-a, a*0.5, 2/a, -a)
	fmt.Println(a < b, a <= b, a > b, a >= b, a == b, a != b, a < 1, 1 < a, a == 0, a != a)
	c := a
	c += b
	c -= 0.25
	c *= b
	c /= 3
	c++
	fmt.Println(c)
}

func f32ops(a, b float32) {
	fmt.Println(a+b, a-b, a*b, a/b, a+0.1, 0.1-a, a*1.1, -a)
	fmt.Println(a < b, a == b, a != b, a > 0.1)
	c := a
	c += 0.1
	c *= b
	c /= 3
	fmt.Println(c)
}

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	negz := math.Copysign(0, -1)
	f64ops(1.5, 2.25)
	f64ops(nan, 1)
	f64ops(1, nan)
	f64ops(inf, inf)
	f64ops(inf, -inf)
	f64ops(negz, 0)
	f64ops(0, negz)
	f64ops(1e308, 10)
	f64ops(5e-324, 0.5)
	f32ops(0.1, 0.2)
	f32ops(3.4e38, 10)
	f32ops(float32(negz), 0)
	f32ops(float32(nan), 1)
	z := 0.0
	fmt.Println(1/z, -1/z, z/z == z/z, math.Signbit(negz*1), math.Signbit(negz+0), math.Signbit(negz-0))
	x := negz
	x *= -1
	fmt.Println(math.Signbit(x), x)
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		sum += 1 / float64(i*i)
	}
	fmt.Printf("%.15f\n", sum)
}
