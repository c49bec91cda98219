// strings.Builder misuse: Grow with a negative count panics, and so does writing to a
// copy of a non-zero Builder (a copy of a zero one is fine).
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	try("grow", func() {
		var b strings.Builder
		b.Grow(-1)
	})
	var zero strings.Builder
	c := zero
	c.WriteString("fine")
	fmt.Println(c.String(), zero.Len())
	var b strings.Builder
	b.WriteString("x")
	try("copy", func() {
		cp := b
		cp.WriteString("y")
	})
	fmt.Println(b.String())
	var nb *strings.Builder
	nb.WriteString("nil")
}
