// gc: x.go:11:7: invalid digit '8' in octal literal
// gc: x.go:12:9: invalid digit '9' in octal literal
// gc: x.go:13:8: invalid digit '8' in octal literal
// gc: x.go:14:9: invalid digit '8' in octal literal
// gc: x.go:15:10: invalid digit '2' in binary literal
// gc: x.go:16:8: invalid digit '2' in binary literal
// gc: x.go:17:8: invalid digit '8' in octal literal
package main

var (
	a = 08
	b = 0779
	c = 0o8
	d = 0o78
	e = 0b102
	f = 0b2
	g = 0_8
)
