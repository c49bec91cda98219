// gc: x.go:15:8: '_' must separate successive digits
// gc: x.go:16:7: '_' must separate successive digits
// gc: x.go:17:10: '_' must separate successive digits
// gc: x.go:18:7: '_' must separate successive digits
// gc: x.go:19:8: '_' must separate successive digits
// gc: x.go:20:10: '_' must separate successive digits
// gc: x.go:21:11: '_' must separate successive digits
// gc: x.go:22:9: '_' must separate successive digits
// gc: x.go:23:7: '_' must separate successive digits
// gc: x.go:23:8: syntax error: unexpected name x in grouped declaration; possibly missing semicolon or newline or )
// gc: x.go:24:7: '_' must separate successive digits
package main

var (
	a = 1__2
	b = 1_
	c = 0x_1_
	d = 1_.5
	e = 1._5
	f = 1.e+_5
	g = 0b_1__0
	h = 1e1_
	i = 0_x
	j = 1_i
)
