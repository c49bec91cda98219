package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	b, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Printf("%q %v\n", b, err)
	buf := make([]byte, 4)
	n, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err == io.EOF)
	n, err = io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(n, err, string(buf))
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 2)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf[:1], 2)
	fmt.Println(n, err)

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ = io.ReadAll(lr)
	fmt.Println(string(b))

	var log bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &log)
	b, _ = io.ReadAll(tr)
	fmt.Println(string(b), "|", log.String())

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	b, _ = io.ReadAll(mr)
	fmt.Println(string(b))

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	p := make([]byte, 3)
	n, err = sr.ReadAt(p, 3)
	fmt.Println(n, err, string(p[:n]))
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	b, _ = io.ReadAll(sr)
	fmt.Println(string(b))
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)

	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrClosedPipe, io.ErrShortBuffer, io.ErrNoProgress)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
