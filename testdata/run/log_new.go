package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "pre: ", 0)
	l.Print("a")
	l.Printf("b=%v", []int{1, 2})
	l.Println("c", "d")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags())
	l.SetPrefix("P ")
	l.SetFlags(log.Lmsgprefix)
	buf.Reset()
	l.Println("moved")
	fmt.Printf("%q\n", buf.String())
	l.SetOutput(os.Stdout)
	l.Print("to stdout")
	fmt.Println(l.Writer() == os.Stdout)

	// A date and time prefix has a fixed shape.
	var b2 bytes.Buffer
	l2 := log.New(&b2, "", log.LstdFlags|log.LUTC)
	l2.Print("x")
	s := b2.String()
	fmt.Println(len(s), s[4] == '/', s[7] == '/', s[10] == ' ', s[13] == ':', strings.HasSuffix(s, " x\n"))
	b2.Reset()
	l2.SetFlags(log.Ltime | log.Lmicroseconds)
	l2.Print("y")
	s = b2.String()
	fmt.Println(len(s), s[2] == ':', s[8] == '.', strings.HasSuffix(s, " y\n"))
	d := log.Default()
	fmt.Println(d.Flags() == log.LstdFlags)
	if err := l.Output(1, "via Output"); err != nil {
		fmt.Println(err)
	}
}
