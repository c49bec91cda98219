package main

import (
	"fmt"
	"math/big"
	"sort"
)

func main() {
	x := big.NewInt(7)
	x.Mul(x, x)
	x.Add(x, x)
	x.Sub(x, big.NewInt(100))
	fmt.Println(x)
	m := big.NewInt(13)
	m.Exp(big.NewInt(2), big.NewInt(10), m)
	fmt.Println(m)
	y := big.NewInt(100)
	y.Quo(y, y)
	fmt.Println(y)
	a := big.NewInt(17)
	q, r := a.QuoRem(a, big.NewInt(5), new(big.Int))
	fmt.Println(q, r, a)
	nums := []*big.Int{big.NewInt(5), big.NewInt(-3), new(big.Int).Lsh(big.NewInt(1), 80), big.NewInt(0)}
	sort.Slice(nums, func(i, j int) bool { return nums[i].Cmp(nums[j]) < 0 })
	fmt.Println(nums)
	var zero big.Int
	fmt.Println(zero.String(), zero.Sign(), zero.BitLen(), zero.Int64(), &zero)
	s := new(big.Int).Set(x)
	s.Neg(s)
	fmt.Println(x, s)
	sum := new(big.Int)
	for i := 1; i <= 100; i++ {
		sum.Add(sum, new(big.Int).Exp(big.NewInt(int64(i)), big.NewInt(int64(i)), nil))
	}
	fmt.Println(sum.String()[:30], len(sum.String()))
	fmt.Printf("%s %d\n", big.NewInt(3).Append(nil, 2), big.NewInt(-1).Int64())
}
