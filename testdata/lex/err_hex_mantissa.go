// gc: x.go:8:11: hexadecimal mantissa requires a 'p' exponent
// gc: x.go:9:10: hexadecimal mantissa requires a 'p' exponent
// gc: x.go:10:10: hexadecimal mantissa requires a 'p' exponent
// gc: x.go:11:11: hexadecimal mantissa requires a 'p' exponent
package main

var (
	a = 0x1.0
	b = 0x.8
	c = 0x1.
	d = 0x1.0i
)
