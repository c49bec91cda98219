package main

// Differential test of strconv (tools/README.md): run it under real Go and under gint
// (`go run tools/strconv_diff.go > a; gint run tools/strconv_diff.go > b; diff a b`).

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
)

// 100,000+ float64 values: random bit patterns (incl. subnormals), powers of ten and
// their neighbours, halfway cases of decimal rounding, and float32 values.
func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	var x uint64 = 88172645463325252
	next := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	emit := func(f float64) {
		g := strconv.FormatFloat(f, 'g', -1, 64)
		e := strconv.FormatFloat(f, 'e', 6, 64)
		fx := strconv.FormatFloat(f, 'f', -1, 64)
		back, err := strconv.ParseFloat(g, 64)
		fmt.Fprintln(w, g, e, len(fx), math.Float64bits(back) == math.Float64bits(f) || f != f, err)
	}
	n := 0
	for i := 0; i < 60000; i++ {
		emit(math.Float64frombits(next()))
		n++
	}
	for i := 0; i < 10000; i++ { // subnormals
		emit(math.Float64frombits(next() % (1 << 52)))
		n++
	}
	for e := -323; e <= 308; e++ {
		p, _ := strconv.ParseFloat("1e"+strconv.Itoa(e), 64)
		emit(p)
		emit(math.Nextafter(p, 0))
		emit(math.Nextafter(p, math.Inf(1)))
		n += 3
	}
	for i := 0; i < 15000; i++ { // decimal halfway cases: d.ddddd5 at various exponents
		m := next() % 100000000
		s := strconv.FormatUint(m, 10) + "5e" + strconv.Itoa(int(next()%600)-300)
		v, err := strconv.ParseFloat(s, 64)
		fmt.Fprintln(w, s, math.Float64bits(v), err)
		emit(v)
		n++
	}
	for i := 0; i < 15000; i++ { // float32
		f := math.Float32frombits(uint32(next()))
		s := strconv.FormatFloat(float64(f), 'g', -1, 32)
		v, err := strconv.ParseFloat(s, 32)
		fmt.Fprintf(w, "%s %g %v %v\n", s, f, math.Float32bits(float32(v)) == math.Float32bits(f) || f != f, err)
		n++
	}
	fmt.Fprintln(w, "values:", n)
}
