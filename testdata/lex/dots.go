package main

var a = x.y
var b = f(xs...)
var c = .5 + 1.
var d = 1..5
var e = x...
