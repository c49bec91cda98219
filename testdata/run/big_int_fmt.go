package main

import (
	"fmt"
	"math/big"
)

func main() {
	x, _ := new(big.Int).SetString("-255", 10)
	y := big.NewInt(48879)
	fmt.Printf("%d %v %s %x %X %o %O %b\n", x, x, x, x, x, x, x, y)
	fmt.Printf("[%8d] [%-8d] [%08d] [%+d] [% d] [%.5d] [%#x] [%#o] [%#b] [%10.4x]\n", y, y, y, y, y, y, y, y, y, y)
	fmt.Printf("[%.0d] [%q]\n", new(big.Int), y)
	var nilp *big.Int
	fmt.Println(nilp, nilp.String())
	fmt.Printf("%v %d\n", nilp, []*big.Int{x, y})
	fmt.Println(y.Text(2), y.Text(36), y.Text(62), x.Text(16), x.Append([]byte("n="), 10))
	fmt.Println(fmt.Sprint(y), fmt.Sprintf("%s", y))
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "0", "-0", "+42", "1_000_000", "0x_ff", "1__0", "_1", "1_", "08", "", "-", "12a", "0x", "zz"} {
		v, ok := new(big.Int).SetString(s, 0)
		fmt.Printf("%q:%v,%v ", s, v, ok)
	}
	fmt.Println()
	for _, c := range []struct {
		s    string
		base int
	}{{"ff", 16}, {"FF", 16}, {"zz", 36}, {"Zz", 62}, {"0x10", 16}, {"777", 8}, {"8", 8}, {"1_0", 10}, {"10", 1}, {"10", 63}} {
		v, ok := new(big.Int).SetString(c.s, c.base)
		fmt.Printf("%v,%v ", v, ok)
	}
	fmt.Println()
}
