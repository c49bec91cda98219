// gc: x.go:19:8: unknown escape
// gc: x.go:20:8: unknown escape
// gc: x.go:21:8: unknown escape
// gc: x.go:22:11: octal escape value 256 > 255
// gc: x.go:23:11: octal escape value 511 > 255
// gc: x.go:24:13: escape is invalid Unicode code point U+D800
// gc: x.go:25:17: escape is invalid Unicode code point U+DFFF0000
// gc: x.go:26:17: escape is invalid Unicode code point U+110000
// gc: x.go:27:9: invalid character 'g' in hexadecimal escape
// gc: x.go:28:11: invalid character '"' in hexadecimal escape
// gc: x.go:29:8: unknown escape
// gc: x.go:30:9: invalid character '8' in octal escape
// gc: x.go:31:9: invalid character '"' in hexadecimal escape
// gc: x.go:32:11: invalid character 'G' in hexadecimal escape
// gc: x.go:33:12: unknown escape
package main

var (
	a = "\q"
	b = "\'"
	c = '\"'
	d = "\400"
	e = '\777'
	f = "\uD800"
	g = "\UDFFF0000"
	h = "\U00110000"
	i = "\xg1"
	j = "\u12"
	k = "\8"
	l = "\08"
	m = "\x"
	n = '\u00G0'
	o = "ok\t\z\n"
)
