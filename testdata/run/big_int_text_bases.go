package main

import (
	"fmt"
	"math/big"
)

func main() {
	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	for _, b := range []int{2, 3, 8, 10, 16, 36, 37, 62} {
		s := x.Text(b)
		y, ok := new(big.Int).SetString(s, b)
		fmt.Println(b, s, ok, y.Cmp(x) == 0)
	}
	n := new(big.Int).Neg(x)
	fmt.Println(n.Text(16), n.Text(62))
	fmt.Printf("%x %X %#x %o %b\n", n, x, big.NewInt(-255), big.NewInt(8), big.NewInt(-5))
	fmt.Printf("[%20d] [%-20d] [%+020d]\n", x, big.NewInt(42), big.NewInt(42))
	fmt.Println(big.MaxBase)
	defer func() { fmt.Println(recover()) }()
	x.Text(63)
}
