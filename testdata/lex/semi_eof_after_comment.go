package main

var x = y // no newline at the end