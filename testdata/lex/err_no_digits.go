// gc: x.go:10:8: hexadecimal literal has no digits
// gc: x.go:11:8: binary literal has no digits
// gc: x.go:12:8: octal literal has no digits
// gc: x.go:13:9: hexadecimal literal has no digits
// gc: x.go:14:9: binary literal has no digits
// gc: x.go:15:8: hexadecimal literal has no digits
package main

var (
	a = 0x
	b = 0b
	c = 0o
	d = 0x.p1
	e = 0b_
	f = 0xi
)
