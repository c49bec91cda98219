package main

import "fmt"

type Celsius float64
type ID uint16
type Name string
type Flags []bool

func main() {
	// Integers of every size under every integer verb, with flags, widths and precisions.
	ints := []any{0, 7, -42, int8(-128), int16(32767), int32(-5), int64(-9223372036854775808),
		uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uint(3), uintptr(4096), ID(9)}
	for _, v := range ints {
		fmt.Printf("%v|%d|%+d|% d|%5d|%-5d|%05d|%.3d|%8.3d|%x|%#x|%X|%#X|%o|%#o|%O|%b|%#b|%T\n",
			v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%#v %#v %#v %#v\n", 42, uint8(42), ID(42), uintptr(42))
	fmt.Printf("%.0d|%5.0d|%-5.0d|%+.0d\n", 0, 0, 0, 0)

	// Runes.
	for _, r := range []rune{'a', 'é', '⌘', '\n', '\'', 0x1F600, -1, 0x110000} {
		fmt.Printf("%c|%q|%+q|%#q|%U|%#U|%5c|%-4q|%x\n", r, r, r, r, r, r, r, r, r)
	}

	// Strings and byte slices.
	for _, s := range []string{"", "hi", "héllo\n", "a\tb\"c\\", "日本語", "`raw`"} {
		fmt.Printf("%s|%q|%+q|%#q|%x|% x|%#x|% #X|%8s|%-8s|%.2s|%8.1q|%v|%#v\n", s, s, s, s, s, s, s, s, s, s, s, s, s, s)
		b := []byte(s)
		fmt.Printf("%s|%q|%x|% X|%v|%d|%#v\n", b, b, b, b, b, b, b)
	}
	// Invalid UTF-8 (the harness compares text, so only in escaped forms).
	bad := "a\xff\x00"
	fmt.Printf("%q|%+q|%#q|%x|%X|% x|%v|%.2q|%U\n", bad, bad, bad, bad, bad, bad, []byte(bad), bad, '\uFFFD')
	fmt.Printf("%s %v %#v\n", Name("n"), Name("n"), Name("n"))
	var nb []byte
	fmt.Printf("%s|%v|%#v|%x|%q\n", nb, nb, nb, nb, nb)

	// Booleans.
	fmt.Printf("%t|%v|%6t|%-6t|%#v|%d|%s\n", true, false, true, false, true, true, false)
	fmt.Printf("%v %#v\n", Flags{true, false}, Flags{true})

	// Floats of both sizes.
	floats := []any{0.0, 1.0, -2.5, 3.14159265358979, 1e21, 1e20, 1e-7, 0.0001, 123456789.0, 1e6,
		float32(0.1), float32(-1e10), float32(16777216), 5e-324, 1.7976931348623157e308, Celsius(36.6)}
	for _, f := range floats {
		fmt.Printf("%v|%g|%G|%e|%E|%f|%F|%.2f|%8.3f|%-9.2e|%+g|% g|%010.3f|%.3g|%#g|%#.3e|%b|%x|%.2X|%T\n",
			f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	var zero float64
	nan, inf, negzero := zero/zero, 1/zero, -zero
	for _, f := range []float64{nan, inf, -inf, negzero} {
		fmt.Printf("%v|%f|%+f|% f|%8.2f|%-8.2f|%08.2f|%e|%g|%x|%#v\n", f, f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("%.0f %.0f %.0f %.1f %.1f %.2f %.0e\n", 0.5, 1.5, 2.5, 0.25, 0.35, 1.005, 2.5)
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1.0, 1e6, 1e21, 1e-5, float32(2.5))
	fmt.Printf("%.30f\n%.20e\n%g\n", 0.1, 1.0/3, 1e100)

	// Percent and width on it.
	fmt.Printf("%d%% %5%|%-5%|\n", 50)
}
