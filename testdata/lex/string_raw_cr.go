package main

var a = `x
y`
