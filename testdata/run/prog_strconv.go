// strconv conversions and their errors: parsing in bases, bit sizes, floats, bools,
// quoting, appending, and formatting.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	ints := []struct {
		s    string
		base int
		bits int
	}{
		{"42", 10, 64}, {"-42", 10, 8}, {"ff", 16, 64}, {"0xff", 0, 64}, {"0b1011", 0, 8},
		{"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"300", 10, 8},
		{"-129", 10, 8}, {"9223372036854775808", 10, 64}, {"", 10, 64}, {"12a", 10, 64}, {"z", 36, 64},
	}
	for _, c := range ints {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", c.s, c.base, c.bits, v, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("  func=%s num=%q range=%v syntax=%v\n", ne.Func, ne.Num,
				errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)

	floats := []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1e400", "1.5e-400", ".5", "5.", "abc", "1_0.5"}
	for _, s := range floats {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "1", "F", "yes", "TRUE"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.Itoa(-9876), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	for _, f := range []float64{3.14159, 1e21, 1e-7, 100, 0.1 + 0.2, -2.5} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'g', 4, 32))
	}
	fmt.Println(strconv.Quote("hi\n\t\"there\" é \x00"), strconv.QuoteToASCII("héllo ☺"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println(err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Println(s, err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -7, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 1.5, 'f', 3, 64)
	fmt.Println(string(buf))
	n, err := strconv.Atoi(" 12")
	fmt.Println(n, err)
	n, err = strconv.Atoi("+12")
	fmt.Println(n, err)
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.IsPrint('a'), strconv.CanBackquote("a`b"))
}
