// gc: x.go:4:11: comment not terminated
package main

var a = 1 /* not
terminated
