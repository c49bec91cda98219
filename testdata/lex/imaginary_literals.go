package main

var (
	a = 1i + 0i + 1_0i
	b = 0x1i + 0o17i + 0b101i
	c = 1.5i + .5i + 1.i + 1e3i + 0x1p2i
	d = 0777i + 08i + 0123456789i
)
