// gc: x.go:8:7: empty rune literal or unescaped '
// gc: x.go:9:6: more than one character in rune literal
// gc: x.go:10:6: more than one character in rune literal
// gc: x.go:11:8: newline in rune literal
package main

var (
	a = ''
	b = 'ab'
	c = '\n\t'
	d = 'a
	e = 'x'
)
