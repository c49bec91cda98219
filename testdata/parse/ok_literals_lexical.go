// NOTE: intentionally not gofmt-formatted (gofmt -l lists it); gofmt -e accepts it.
// Exercises: lexical forms — all integer bases with `_` separators, hex floats,
// imaginary literals, rune escapes (`\x`, `\u`, `\U`, octal), raw strings
// spanning lines and containing backquote-free quotes, and comments in odd places.
package main

import "fmt"

func main() {
	ints := []int{0b1010, 0B11, 0o17, 0O7, 017, 0x_FF, 1_000_000, 0}
	floats := []float64{1., .5, 1e3, 1E-3, 0x1p-2, 0X1.8P+1, 1_0.2_5, 0.}
	cplx := []complex128{1i, 2.5i, 0x10i, 1e2i, 0i, 0o7i}
	runes := []rune{'a', '\n', '\'', '\x41', '\u00e9', '\U0001F600', '\101', '"'}
	raw := `line1
"quoted" \n not an escape
line3`
	s := "tab\t\"q\"\\ \u00e9 \xff"
	x := /* inline */ 1 + /* multi
	line */ 2
	fmt.Println(ints, floats, cplx, runes, raw, len(s), x)
}
