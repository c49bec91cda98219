// gc: x.go:6:10: empty rune literal or unescaped '
// gc: x.go:6:11: syntax error: unexpected literal ' after top level declaration
// gc: x.go:6:12: newline in rune literal
package main

var a = '''
