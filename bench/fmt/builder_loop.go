// Benchmark: strings.Builder in a loop: WriteString, WriteByte and WriteRune into one
// builder of ~8 MB, and many short builders reset and reused.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var big strings.Builder
	for i := 0; i < 1000000; i++ {
		big.WriteString("key")
		big.WriteByte(byte('0' + i%10))
		big.WriteRune('é')
		big.WriteString("; ")
	}
	s := big.String()
	short := 0
	var b strings.Builder
	for i := 0; i < 200000; i++ {
		b.Reset()
		for j := 0; j < 5; j++ {
			b.WriteString("ab")
			b.WriteByte(byte('a' + j))
		}
		short += b.Len()
	}
	fmt.Println(len(s), big.Len(), short, s[:24])
}
