// gc: x.go:10:2: invalid character U+20AC '€' in identifier
// gc: x.go:11:2: invalid character U+00A0 in identifier
// gc: x.go:12:2: identifier cannot begin with digit U+0663 '٣'
// gc: x.go:13:3: invalid character U+093F 'ि' in identifier
// gc: x.go:14:3: invalid character U+1F600 '😀' in identifier
// gc: x.go:15:3: invalid character U+200B in identifier
package main

var (
	€x = 1
	 y = 2
	٣z = 3
	aि = 4
	b😀 = 5
	c​d = 6
)
