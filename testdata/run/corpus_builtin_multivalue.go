// complex(f()) and append(f()) with a multi-valued f: its results are the arguments (f
// runs once).
package main

import "fmt"

var calls int

func parts() (float64, float64)    { calls++; return 5, -7 }
func parts32() (float32, float32)  { return 0.1, 1e20 }
func strs() ([]string, string)     { calls++; return []string{"foo"}, "bar" }
func bytes3() ([]byte, byte, byte) { return []byte("ab"), '1', '2' }
func none() ([]int, int, int, int) { return nil, 1, 2, 3 }

type Celsius float64

func temps() (Celsius, Celsius) { return 1.5, 2.5 }

func main() {
	c := complex(parts())
	fmt.Println(c, calls)
	c64 := complex(parts32())
	fmt.Printf("%T %v\n", c64, c64)
	fmt.Println(real(complex(parts())), imag(complex(parts())), calls)
	s := append(strs())
	fmt.Println(s, len(s), calls)
	b := append(bytes3())
	fmt.Println(string(b), len(b), cap(b) >= 4)
	fmt.Println(append(none()))
	fmt.Printf("%T\n", complex(float64(1), 2))
	x, y := temps()
	fmt.Println(complex(float64(x), float64(y)))
}
