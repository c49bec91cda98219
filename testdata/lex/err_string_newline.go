// gc: x.go:8:13: newline in string
// gc: x.go:9:14: unknown escape
// gc: x.go:9:14: newline in string
// gc: x.go:10:1: syntax error: non-declaration statement outside function body
// gc: x.go:10:2: newline in string
package main

var a = "abc
var b = "abc\
"
var c = "ok"
