package main

import (
	"fmt"
	"math/big"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("sqrt", func() { new(big.Int).Sqrt(big.NewInt(-4)) })
	try("prime", func() { big.NewInt(7).ProbablyPrime(-1) })
	try("bit", func() { big.NewInt(7).Bit(-1) })
	try("mod", func() { new(big.Int).Mod(big.NewInt(7), new(big.Int)) })
	fmt.Println(new(big.Int).Quo(big.NewInt(1), big.NewInt(0)))
}
