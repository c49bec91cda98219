// gc: x.go:8:9: invalid radix point in binary literal
// gc: x.go:9:9: invalid radix point in octal literal
// gc: x.go:10:8: invalid radix point in binary literal
// gc: x.go:11:9: invalid radix point in octal literal
package main

var (
	a = 0b1.0
	b = 0o7.
	c = 0b.1
	d = 0o1.1e2
)
