package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	data := []byte{0, 0xff, 0xfe, 0x3e, 0x3f, 'a'}
	for n := 0; n <= len(data); n++ {
		fmt.Println(n, base64.StdEncoding.EncodeToString(data[:n]), base64.URLEncoding.EncodeToString(data[:n]), base64.RawStdEncoding.EncodeToString(data[:n]), base64.RawURLEncoding.EncodeToString(data[:n]))
	}
	p := base64.StdEncoding.WithPadding('.')
	s := p.EncodeToString([]byte("ab"))
	b, err := p.DecodeString(s)
	fmt.Println(s, string(b), err)
	for _, in := range []string{"_-8", "/+8", "AP/+Pj9h", "AP_-Pj9h"} {
		b1, e1 := base64.RawURLEncoding.DecodeString(in)
		b2, e2 := base64.StdEncoding.DecodeString(in)
		fmt.Println(in, b1, e1, b2, e2)
	}
	dst, err := base64.StdEncoding.AppendDecode([]byte("x"), []byte("YWJj"))
	fmt.Println(string(dst), err)
}
