// gc: x.go:7:11: invalid BOM in the middle of the file
// gc: x.go:8:11: invalid BOM in the middle of the file
// gc: x.go:9:4: invalid BOM in the middle of the file
// gc: x.go:10:6: invalid BOM in the middle of the file
package main

var a = "x﻿y"
var b = 1 ﻿
// ﻿
var c﻿d = 2
