package main

func f(ch chan<- int, p *int, xs ...int) {
	x := 1 &^ 2 | 3 ^ 4 << 1 >> 2 % 3
	x &^= 1
	x <<= 2
	ok := x != 0 && !(x <= 1) || x >= 2
	ch <- *p
	_, _ = ok, xs[:]
	var y interface{ ~int | ~string }
	_ = y
}
