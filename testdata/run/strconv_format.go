package main

import (
	"fmt"
	"strconv"
)

func main() {
	var zero float64
	nan, inf, negzero := zero/zero, 1/zero, -zero
	for _, f := range []float64{0, negzero, 1, -1.5, 0.1, 1.0 / 3, 2.5, 1e21, 1e-7, 123456789, 1e300, 5e-324, nan, inf, -inf, 100, 3.4e38} {
		for _, c := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'z'} {
			fmt.Print(string(c), ":")
			for _, p := range []int{-1, 0, 3, 17} {
				fmt.Print(" ", strconv.FormatFloat(f, c, p, 64), " ", strconv.FormatFloat(f, c, p, 32))
			}
			fmt.Println()
		}
	}
	fmt.Println(string(strconv.AppendFloat([]byte("f:"), 1.5, 'g', -1, 64)))

	for _, i := range []int64{0, 1, -1, 35, 36, -255, 9223372036854775807, -9223372036854775808} {
		for _, b := range []int{2, 8, 10, 16, 36} {
			fmt.Print(strconv.FormatInt(i, b), " ", strconv.FormatUint(uint64(i), b), " ")
		}
		fmt.Println(strconv.Itoa(int(i)), string(strconv.AppendInt([]byte("x"), i, 10)))
	}
	fmt.Println(strconv.FormatBool(true), string(strconv.AppendBool(nil, false)), string(strconv.AppendUint(nil, 42, 2)))

	for _, s := range []string{"", "a", "a\"b", "\x00\x7f\xff", "héllo", "日本", "\u2028", "\U0001F600", "\t\n\r\a\b\f\v", "`", "\ufeff", "\u00ad", "\u00a0"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s),
			string(strconv.AppendQuote([]byte("<"), s)), string(strconv.AppendQuoteToASCII(nil, s)))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 0xe9, 0x2028, 0x1F600, -1, 0x110000, 0xD800, 0xa0} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r),
			strconv.IsGraphic(r), string(strconv.AppendQuoteRune(nil, r)))
	}

	for _, s := range []string{`"a"`, `"a\nb"`, "`raw\\n`", `'x'`, `'\''`, `"\x41\101\u0041\U00000041"`, `"unterminated`,
		`'ab'`, `"\q"`, `""`, `''`, "`a\nb`", `"\'"`, `'\"'`, `"\xff"`, `"\377"`, `"\400"`, `"\uD800"`, `x`, `"a"b"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote %s %q %v\n", s, u, err)
	}
	for _, s := range []string{`\n rest`, `\x41`, `\u00e9z`, `é`, `\'`, `\"`, `\z`, `\`} {
		for _, q := range []byte{'"', '\'', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("UnquoteChar %s %d %q %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
}
