package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.after <= 0 {
		return 0, errors.New("disk full")
	}
	w.after--
	return len(p), nil
}

func main() {
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	n, err := io.WriteString(mw, "hello")
	fmt.Println(n, err, a.String(), b.String())
	n64, err := io.Copy(&a, strings.NewReader(" world"))
	fmt.Println(n64, err, a.String())
	n64, err = io.CopyN(&b, strings.NewReader("0123456789"), 4)
	fmt.Println(n64, err, b.String())
	n64, err = io.CopyN(&b, strings.NewReader("01"), 4)
	fmt.Println(n64, err)
	n64, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(n64, err)
	n64, err = io.CopyBuffer(os.Stdout, strings.NewReader("via buffer\n"), make([]byte, 3))
	fmt.Println(n64, err)
	_, err = io.Copy(&failWriter{after: 0}, strings.NewReader("x"))
	fmt.Println(err)
	_, err = io.WriteString(io.MultiWriter(&a, &failWriter{}), "y")
	fmt.Println(err)
	fmt.Fprintf(io.MultiWriter(os.Stdout, &a), "%d-%s\n", 5, "five")
	fmt.Printf("%q\n", a.String())
}
