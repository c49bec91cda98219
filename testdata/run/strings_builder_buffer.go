// strings.Builder: writes of every kind, Len and Cap as Go grows them, Grow, Reset,
// strings handed out by String staying unchanged by later writes, builders inside
// structs, slices and maps of pointers, and as an io.Writer.
package main

import (
	"fmt"
	"io"
	"strings"
)

type doc struct {
	title string
	body  strings.Builder
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 40; i++ {
		b.WriteByte(byte('a' + i%26))
		if i%9 == 0 {
			fmt.Println("len", b.Len(), "cap", b.Cap())
		}
	}
	s1 := b.String()
	b.WriteString("-more")
	s2 := b.String()
	b.WriteRune('é')
	b.WriteRune(0x10FFFF + 1) // invalid: U+FFFD
	b.WriteRune(-1)
	n, err := b.Write([]byte{'x', 'y', 0xff})
	fmt.Println(n, err)
	fmt.Println(len(s1), s1)
	fmt.Println(len(s2), s2)
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())

	// Grow, then writes within the capacity keep it.
	var g strings.Builder
	g.Grow(100)
	fmt.Println("grow", g.Len(), g.Cap())
	g.WriteString(strings.Repeat("z", 100))
	fmt.Println("grow", g.Len(), g.Cap())
	g.WriteString("!")
	fmt.Println("grow", g.Len(), g.Cap())
	g.Grow(10)
	fmt.Println("grow", g.Len(), g.Cap())
	g.Reset()
	fmt.Println("reset", g.Len(), g.Cap(), g.String() == "")
	g.WriteString("again")
	fmt.Println(g.String(), g.Len(), g.Cap())

	// Large: the capacity follows append's growth past 256 bytes.
	var big strings.Builder
	caps := map[int]bool{}
	for i := 0; i < 100000; i++ {
		big.WriteString("ab")
		caps[big.Cap()] = true
	}
	fmt.Println(big.Len(), big.Cap(), len(caps))

	// A builder inside a struct, in a slice element, behind a pointer.
	d := &doc{title: "t"}
	d.body.WriteString("hello ")
	fmt.Fprintf(&d.body, "%d-%s", 42, "x")
	fmt.Println(d.title, d.body.String(), d.body.Len())
	ds := make([]doc, 3)
	for i := range ds {
		ds[i].body.WriteString(strings.Repeat("k", i+1))
	}
	for _, x := range ds {
		fmt.Print(x.body.String(), " ")
	}
	fmt.Println()
	m := map[string]*strings.Builder{"a": {}, "b": {}}
	m["a"].WriteString("A")
	m["b"].WriteByte('B')
	m["a"].WriteRune('α')
	fmt.Println(m["a"].String(), m["b"].String())

	// As an io.Writer and io.StringWriter.
	var w io.Writer = &b
	io.WriteString(w, "[end]")
	fmt.Println(strings.HasSuffix(b.String(), "[end]"), b.Len())

	// Many strings taken along the way all stay as they were.
	var acc strings.Builder
	var parts []string
	for i := 0; i < 5; i++ {
		acc.WriteString(fmt.Sprint(i))
		parts = append(parts, acc.String())
	}
	fmt.Println(parts)
}
