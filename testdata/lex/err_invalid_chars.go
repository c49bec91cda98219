// gc: x.go:11:11: invalid character U+0040 '@'
// gc: x.go:12:11: invalid character U+0023 '#'
// gc: x.go:13:11: invalid character U+0024 '$'
// gc: x.go:13:13: invalid character U+003F '?'
// gc: x.go:13:15: invalid character U+005C '\'
// gc: x.go:14:11: invalid character U+007F
// gc: x.go:14:12: invalid character U+0001
// gc: x.go:15:11: invalid character U+000C
package main

var a = 1 @
var b = 2 #
var c = 3 $ ? \
var d = 4 
var e = 5 
