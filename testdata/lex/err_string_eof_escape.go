// gc: x.go:4:9: string not terminated
package main

var a = "abc\u12