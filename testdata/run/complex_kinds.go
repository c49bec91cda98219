package main

import "fmt"

type Impedance complex128

type Sample struct {
	ID int
	V  complex64
}

func (z Impedance) String() string { return fmt.Sprintf("Z%.1f", complex128(z)) }

func sum[T complex64 | complex128](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var a complex64 = 0.1 + 0.2i
	var b complex64 = 0.3 - 0.7i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(complex128(a)*complex128(b), complex64(complex128(a)/3))
	x := float32(1) / 3
	c := complex(x, x*2)
	fmt.Printf("%T %v %v %T\n", c, c, real(c)+imag(c), imag(c))
	fmt.Println(c == complex64(complex(float32(1)/3, float32(2)/3)))
	s1 := Sample{1, 2 + 3i}
	s2 := Sample{1, 2 + 3i}
	s3 := Sample{2, 2 - 3i}
	fmt.Println(s1 == s2, s1 == s3, s1 != s3)
	fmt.Printf("%+v %v\n", s1, s3)
	z := Impedance(50 + 10i)
	fmt.Println(z, z*2, []Impedance{1, 2i})
	fmt.Printf("%v %s %.2v\n", z, z, complex128(z))
	fmt.Println(sum(1+1i, 2+2i, 3), sum[complex64](0.5i, 0.25))
	m := map[string]complex128{}
	m["a"] += 1 + 1i
	m["a"] *= 2
	m["b"]++
	fmt.Println(m["a"], m["b"], len(m))
	arr := []complex64{1, 2, 3}
	arr[0] /= 0
	arr[1]--
	arr[2] *= 1i
	fmt.Println(arr)
	var any1 interface{} = complex64(1)
	var any2 interface{} = complex128(1)
	fmt.Println(any1 == any2, any1 == interface{}(complex64(1)))
	fmt.Printf("%v %T|%8.2f|%-14.1e|%g\n", any1, any2, 1+2i, -3i, complex(1e21, 1e-7))
	var nilc complex128
	nilc++
	fmt.Println(nilc, -nilc)
	fmt.Printf("%x %X %o\n", 255+16i, 1.5+0i, 3i)
	println(real(a) > 0)
	_ = 10 / (1 + 0i)
}
