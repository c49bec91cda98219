// gc: x.go:14:8: exponent has no digits
// gc: x.go:15:9: exponent has no digits
// gc: x.go:16:11: exponent has no digits
// gc: x.go:17:9: 'e' exponent requires decimal mantissa
// gc: x.go:18:9: 'E' exponent requires decimal mantissa
// gc: x.go:19:7: 'p' exponent requires hexadecimal mantissa
// gc: x.go:20:9: 'p' exponent requires hexadecimal mantissa
// gc: x.go:21:10: exponent has no digits
// gc: x.go:22:11: exponent has no digits
// gc: x.go:23:8: exponent has no digits
package main

var (
	a = 1e
	b = 1e+
	c = 1.5E-
	d = 0b1e5
	e = 0o7E1
	f = 1p3
	g = 0o1p2
	h = 0x1P
	i = 0x1p+
	j = 1ei
)
