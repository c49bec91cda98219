package main

func f() { a; b ; c;; }
var x = 1;
