// gc: x.go:4:9: rune literal not terminated
package main

var a = '\