package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("the quick  brown\n\tfox jumps\r\nover"))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(len(words), words, sc.Err())

	lines := bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	for lines.Scan() {
		fmt.Printf("%q ", lines.Text())
	}
	fmt.Println()

	runes := bufio.NewScanner(strings.NewReader("héllo\xff"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	long.Buffer(make([]byte, 10), 20)
	fmt.Println(long.Scan(), long.Err())

	r := bufio.NewReader(strings.NewReader("line one\nline two\nrest"))
	l1, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", l1, err)
	c, _ := r.ReadByte()
	r.UnreadByte()
	l2, _, _ := r.ReadLine()
	fmt.Printf("%c %q\n", c, l2)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	rr := bufio.NewReader(strings.NewReader("ñx"))
	ch, size, _ := rr.ReadRune()
	fmt.Println(string(ch), size)
	p, _ := rr.Peek(1)
	fmt.Println(string(p), rr.Buffered())

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.WriteString("more ")
	w.WriteByte('!')
	w.WriteRune('é')
	fmt.Println("before flush", w.Buffered())
	w.Flush()
	fmt.Println()
	var sb strings.Builder
	bw := bufio.NewWriterSize(&sb, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(bw, "%d-", i)
	}
	bw.Flush()
	fmt.Println(sb.String())
}
