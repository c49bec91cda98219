package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r, w := io.Pipe()
	go func() {
		for _, s := range []string{"alpha ", "beta ", "gamma"} {
			w.Write([]byte(s))
		}
		w.Close()
	}()
	b, err := io.ReadAll(r)
	fmt.Println(string(b), err)

	r, w = io.Pipe()
	go func() {
		io.Copy(w, strings.NewReader("partial"))
		w.CloseWithError(errors.New("producer failed"))
	}()
	b, err = io.ReadAll(r)
	fmt.Println(string(b), err)

	r, w = io.Pipe()
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)
}
