package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "+5", "12a", "", "-", "9223372036854775807", "9223372036854775808",
		"-9223372036854775809", "0x1F", "0b101", "0o17", "017", "1_000", "_1", "1__0", "0x_ff", "99999999999999999999", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println("Atoi", s, n, err)
		for _, base := range []int{0, 2, 10, 16, 36, 1} {
			x, err := strconv.ParseInt(s, base, 8)
			u, err2 := strconv.ParseUint(s, base, 64)
			fmt.Println(" ", base, x, err, u, err2)
		}
	}
	_, err := strconv.ParseInt("1", 10, 65)
	fmt.Println(err)

	for _, s := range []string{"0", "1", "-1.5", "1e308", "1e309", "-1e400", "1e-400", "4.9e-324", "2.4e-324",
		"0x1p-2", "0x1.8p1", "0X1P+2", "0x1", "inf", "+Inf", "-infinity", "nan", "NaN", "+nan", "1_000.5", "0x_1p0",
		".5", "5.", ".", "e5", "1e", "1e+", "3.4028235e38", "3.5e38", "0.1", "123456789012345678901234567890",
		"1.7976931348623159e308", "2.2250738585072011e-308", "-0", "0x1.fffffffffffffp1023", "0x1p1024", "1e-46", "1.5p3"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println("ParseFloat", s, f, err, g, err2)
	}

	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", s, b, err)
	}

	// The error values.
	_, err = strconv.Atoi("x")
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err)
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Println(err.(*strconv.NumError).Err, err)
}
