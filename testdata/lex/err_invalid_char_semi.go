// gc: x.go:6:9: undefined: b
// gc: x.go:6:11: invalid character U+0040 '@'
// gc: x.go:7:9: undefined: d
package main

var a = b @
var c = d
