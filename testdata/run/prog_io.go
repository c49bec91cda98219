// io composition: bytes.Buffer, io.Reader/Writer wrappers, io.Copy, TeeReader,
// MultiWriter, LimitReader, SectionReader, a counting writer and a rot13 reader.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.bytes += n
	c.lines += bytes.Count(p[:n], []byte("\n"))
	return n, err
}

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type failingWriter struct{ after int }

var errDiskFull = errors.New("disk full")

func (f *failingWriter) Write(p []byte) (int, error) {
	if len(p) > f.after {
		n := f.after
		f.after = 0
		return n, errDiskFull
	}
	f.after -= len(p)
	return len(p), nil
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world\n"))
	fmt.Fprintf(&buf, "%d+%d=%d\n", 2, 2, 4)
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Printf("%q len=%d\n", buf.String(), buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v rest=%q\n", line, err, buf.String())
	b3 := make([]byte, 3)
	n, _ := buf.Read(b3)
	fmt.Println(n, string(b3), buf.Len())

	var sink bytes.Buffer
	cw := &countingWriter{w: &sink}
	src := strings.NewReader("Uryyb, Tbcure!\nNabgure yvar\n")
	var copyBuf bytes.Buffer
	tee := io.TeeReader(rot13Reader{src}, &copyBuf)
	written, err := io.Copy(cw, tee)
	fmt.Println(written, err, cw.bytes, cw.lines)
	fmt.Print(sink.String())
	fmt.Println(copyBuf.Len() == sink.Len())

	var a, b strings.Builder
	mw := io.MultiWriter(&a, &b)
	io.WriteString(mw, "twice")
	fmt.Println(a.String(), b.String())

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	all, _ := io.ReadAll(lr)
	fmt.Println(string(all))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	part, _ := io.ReadAll(sr)
	fmt.Println(string(part), sr.Size())
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	joined, _ := io.ReadAll(mr)
	fmt.Println(string(joined))

	fw := &failingWriter{after: 5}
	n64, err := io.Copy(fw, strings.NewReader("0123456789"))
	fmt.Println(n64, err, errors.Is(err, errDiskFull))
	_, err = io.ReadFull(strings.NewReader("abc"), make([]byte, 5))
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	_, err = io.ReadFull(strings.NewReader(""), make([]byte, 5))
	fmt.Println(err == io.EOF)

	br := bufio.NewReader(strings.NewReader("alpha beta\ngamma\n\ndelta"))
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q ", line)
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	bw := bufio.NewWriterSize(&sink, 16)
	sink.Reset()
	bw.WriteString("buffered")
	fmt.Println(sink.Len(), bw.Buffered())
	bw.Flush()
	fmt.Println(sink.Len(), bw.Buffered(), bw.Available())
	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(words, len(words))
	rd := strings.NewReader("xyz")
	c, _ := rd.ReadByte()
	rd.UnreadByte()
	rest, _ := io.ReadAll(rd)
	fmt.Println(string(c), string(rest), bytes.Equal([]byte("a"), []byte("a")))
	fmt.Println(bytes.Fields([]byte(" a b ")), bytes.TrimSpace([]byte(" x ")), bytes.HasPrefix([]byte("golang"), []byte("go")))
}
