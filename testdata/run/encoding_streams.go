package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	enc := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	enc.Write([]byte("Hello, "))
	enc.Write([]byte("streaming world!"))
	enc.Close()
	fmt.Println()
	dec := base64.NewDecoder(base64.StdEncoding, strings.NewReader("SGVsbG8s\nIHN0cmVh\r\nbWluZyB3b3JsZCE="))
	out, err := io.ReadAll(dec)
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("SGVsbG8!")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("SGVsbG")))
	fmt.Printf("%q %v\n", out, err)
	out, err = io.ReadAll(base64.NewDecoder(base64.RawStdEncoding, strings.NewReader("SGVsbG8")))
	fmt.Printf("%q %v\n", out, err)
	var buf bytes.Buffer
	w := base64.NewEncoder(base64.RawURLEncoding, &buf)
	w.Write([]byte{0xfb, 0xff})
	w.Close()
	fmt.Println(buf.String())
	h, err := io.ReadAll(hex.NewDecoder(strings.NewReader("48656c6c6f")))
	fmt.Printf("%q %v\n", h, err)
	h, err = io.ReadAll(hex.NewDecoder(strings.NewReader("48656c6")))
	fmt.Printf("%q %v\n", h, err)
	h, err = io.ReadAll(hex.NewDecoder(strings.NewReader("4865zz")))
	fmt.Printf("%q %v\n", h, err)
}
