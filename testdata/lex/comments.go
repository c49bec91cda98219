package main

/* a general comment on one line does not end the line */ var a = 1

var b = 2 /* a general comment
that spans lines acts as a newline */
var c = 3 // a line comment ends with the line
