package main

import "fmt"

type Rec struct {
	X int
	F float64
	S string
}

func main() {
	var a, b int
	var s string
	var f float64
	var t bool
	n, err := fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("  7\n\n 8 word 2.5 true", &a, &b, &s, &f, &t)
	fmt.Println(n, err, a, b, s, f, t)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 010 -0b11 +5", &a, &b, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("1e400", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("abc", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("yes", &t)
	fmt.Println(n, err, t)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("12-abc 3.5", "%d-%s %f", &a, &s, &f)
	fmt.Println(n, err, a, s, f)
	n, err = fmt.Sscanf("x=7", "x=%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("y=7", "x=%d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("ff 11", "%x %b", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err, a, b)
	var u uint
	n, err = fmt.Sscan("-3", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("42", a)
	fmt.Println(n, err)

	// Widths, runes, percent signs and operand counts in Sscanf.
	var r1, r2 rune
	n, err = fmt.Sscanf("12345", "%3d%2d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("ab", "%c%c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
	n, err = fmt.Sscanf("50%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("7\n8", "%d %d", &a, &b)
	fmt.Println(n, err, a, b)

	// Other operand types.
	type Celsius float64
	var c Celsius
	var f32 float32
	var bs []byte
	var u8 uint8
	n, err = fmt.Sscan("36.6 3.4e39 bytes 255", &c, &f32, &bs, &u8)
	fmt.Println(n, err, c, f32, string(bs), u8)
	n, err = fmt.Sscan("256", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscan("0x_ff 0o17 1_000 -0", &a, &b, &u, &f)
	fmt.Println(n, err, a, b, u, f)
	n, err = fmt.Sscan("inf -Inf nan", &f, &c, &f32)
	fmt.Println(n, err, f, c, f32)
	n, err = fmt.Sscan("TRUE False t F 1 0 tru", &t, &t, &t, &t, &t, &t, &t)
	fmt.Println(n, err, t)

	// Reading words one by one until the input runs out.
	words := 0
	rest := "the quick  brown\tfox"
	for {
		var w string
		k, err := fmt.Sscan(rest, &w)
		if k == 0 {
			fmt.Println(words, err)
			break
		}
		words++
		rest = rest[len(w)+1:]
		if len(rest) == 0 {
			break
		}
	}

	// Into fields and elements.
	var rec Rec
	xs := make([]int, 3)
	fs := []float64{0, 0}
	n, err = fmt.Sscan("1 2.5 s 7 8 9 0.25", &rec.X, &rec.F, &rec.S, &xs[0], &xs[2], &xs[1], &fs[1])
	fmt.Println(n, err, rec, xs, fs)
	pr := &Rec{}
	n, err = fmt.Sscanf("x:3,y:4.5", "x:%d,y:%g", &pr.X, &pr.F)
	fmt.Println(n, err, *pr)
}
