package main

import (
	"fmt"
	"math"
)

type Point struct {
	Name string
	Z    complex128
}

type Shape interface{ Area() float64 }

func mandel(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return 50
}

func roots(a, b, c float64) (complex128, complex128) {
	d := complex(b*b-4*a*c, 0)
	var sq complex128
	if real(d) >= 0 {
		sq = complex(math.Sqrt(real(d)), 0)
	} else {
		sq = complex(0, math.Sqrt(-real(d)))
	}
	return (complex(-b, 0) + sq) / complex(2*a, 0), (complex(-b, 0) - sq) / complex(2*a, 0)
}

func main() {
	c := complex(1.5, -2)
	d := 2i
	e := 1 + 2i
	fmt.Println(c, d, e, c+e, c-e, c*e, c/e)
	fmt.Println(real(c), imag(c), -c, +c)
	var z complex128
	fmt.Println(z, z == 0, c == complex(1.5, -2), c != e)
	var c64 complex64 = complex64(c)
	fmt.Printf("%v %T %T\n", c64, c64, real(c64))
	c2 := complex128(c64) * 2
	fmt.Println(c2)
	x := 3.0
	y := float32(4)
	fmt.Println(complex(x, x), complex(y, y), real(complex(y, 1)))
	// division by zero
	zero := complex(0, 0)
	fmt.Println(c/zero, zero/zero, complex(0, 1)/zero)
	fmt.Println(complex(math.Inf(1), 0)/complex(1, 1), complex(1, 1)/complex(math.Inf(1), math.Inf(1)))
	fmt.Println(complex(math.NaN(), 0) == complex(math.NaN(), 0))
	// compound assignment
	acc := complex(1, 1)
	acc += 1
	acc *= 2i
	acc -= complex(0.5, 0.5)
	acc /= 2
	fmt.Println(acc)
	// in containers
	ps := []Point{{"a", 1 + 1i}, {"b", -2i}}
	m := map[complex128]string{1i: "i", 1: "one"}
	fmt.Println(ps, m[1i], m[complex(1, 0)], len(m))
	fmt.Printf("%+v\n", ps[1])
	arr := [3]complex64{1, 2i, 3 + 3i}
	arr[1] += 1
	fmt.Println(arr, arr[2]*arr[2])
	var iface interface{} = c
	if v, ok := iface.(complex128); ok {
		fmt.Println("complex128", v*v)
	}
	switch v := iface.(type) {
	case float64:
		fmt.Println("float", v)
	case complex128:
		fmt.Println("complex", real(v))
	}
	fmt.Printf("%.2f|%g|%e|%8.3f|%v\n", c, c, c, e, []complex128{1, 2i})
	r1, r2 := roots(1, 2, 5)
	fmt.Println(r1, r2)
	r1, r2 = roots(1, -3, 2)
	fmt.Println(r1, r2)
	for _, p := range []complex128{0, -1, 0.3 + 0.5i, 1 + 1i} {
		fmt.Print(mandel(p), " ")
	}
	fmt.Println()
	const k = 3 + 4i
	fmt.Println(real(k), imag(k), k*k)
	fmt.Println(-0.0i, complex(0, math.Inf(-1)))
	cs := make([]complex128, 3)
	cs[0] = 5
	cs = append(cs, 7i)
	fmt.Println(cs)
	f := func(a complex128) complex128 { return a * a }
	fmt.Println(f(1i))
	ptr := &acc
	*ptr = 3
	fmt.Println(acc, *ptr+1)
}
