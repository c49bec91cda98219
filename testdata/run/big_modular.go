package main

import (
	"fmt"
	"math/big"
)

func main() {
	p := big.NewInt(1000000007)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(1000000), p))
	inv := new(big.Int).ModInverse(big.NewInt(123456), p)
	fmt.Println(inv, new(big.Int).Mod(new(big.Int).Mul(inv, big.NewInt(123456)), p))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(-3), big.NewInt(7)), new(big.Int).ModInverse(big.NewInt(3), big.NewInt(-7)))
	// RSA with small primes.
	pp, q := big.NewInt(61), big.NewInt(53)
	n := new(big.Int).Mul(pp, q)
	phi := new(big.Int).Mul(new(big.Int).Sub(pp, big.NewInt(1)), new(big.Int).Sub(q, big.NewInt(1)))
	e := big.NewInt(17)
	d := new(big.Int).ModInverse(e, phi)
	msg := big.NewInt(65)
	c := new(big.Int).Exp(msg, e, n)
	fmt.Println(n, phi, d, c, new(big.Int).Exp(c, d, n))
	var primes []int64
	for i := int64(2); len(primes) < 15; i++ {
		if big.NewInt(i).ProbablyPrime(0) {
			primes = append(primes, i)
		}
	}
	fmt.Println(primes)
	m61 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 61), big.NewInt(1))
	fmt.Println(m61, m61.ProbablyPrime(5), new(big.Int).Mul(m61, m61).ProbablyPrime(5))
	fmt.Println(new(big.Int).GCD(nil, nil, new(big.Int).MulRange(1, 30), new(big.Int).Exp(big.NewInt(6), big.NewInt(20), nil)))
}
