package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	f := factorial(100)
	fmt.Println(f)
	fmt.Println(len(factorial(1000).String()))
	fmt.Println(fib(300))
	digits := 0
	for _, c := range factorial(500).String() {
		digits += int(c - '0')
	}
	fmt.Println(digits)
	// Pi digits by Machin's formula, in fixed point.
	unity := new(big.Int).Exp(big.NewInt(10), big.NewInt(60), nil)
	arctan := func(x int64) *big.Int {
		sum := new(big.Int)
		term := new(big.Int).Quo(unity, big.NewInt(x))
		x2 := big.NewInt(x * x)
		for n := int64(1); term.Sign() != 0; n += 2 {
			t := new(big.Int).Quo(term, big.NewInt(n))
			if (n/2)%2 == 0 {
				sum.Add(sum, t)
			} else {
				sum.Sub(sum, t)
			}
			term.Quo(term, x2)
		}
		return sum
	}
	pi := new(big.Int).Mul(big.NewInt(4), new(big.Int).Sub(new(big.Int).Mul(big.NewInt(4), arctan(5)), arctan(239)))
	fmt.Println(pi)
}
