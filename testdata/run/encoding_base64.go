package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	data := []byte("any carnal pleas\xff\xfe")
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		for n := 0; n <= 5; n++ {
			s := enc.EncodeToString(data[:len(data)-n])
			b, err := enc.DecodeString(s)
			fmt.Println(s, string(b) == string(data[:len(data)-n]), err, enc.EncodedLen(len(data)-n), enc.DecodedLen(len(s)))
		}
	}
	bad := []string{"YW55", "YW5", "YW5=", "YW==", "Y===", "YW55!", "YW\n55", "YW55\r\n", "YW=5", "YW==YW==", "=", "YWJj\nZA==", "YWJjZA=", "YWJjZA==\n\nx", "AB=x"}
	for _, s := range bad {
		b, err := base64.StdEncoding.DecodeString(s)
		fmt.Printf("%q %q %v\n", s, b, err)
		b, err = base64.RawStdEncoding.DecodeString(s)
		fmt.Printf("  raw %q %v\n", b, err)
	}
	strict := base64.StdEncoding.Strict()
	for _, s := range []string{"YR==", "YQ==", "YWJ=", "YWI="} {
		b, err := strict.DecodeString(s)
		fmt.Printf("strict %q %q %v\n", s, b, err)
	}
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	s := custom.EncodeToString([]byte("hi"))
	b, err := custom.DecodeString(s)
	fmt.Println(s, string(b), err)
	dst := make([]byte, base64.StdEncoding.EncodedLen(3))
	base64.StdEncoding.Encode(dst, []byte("xyz"))
	fmt.Println(string(dst))
	out := make([]byte, 10)
	n, err := base64.StdEncoding.Decode(out, []byte("eHl6"))
	fmt.Println(n, err, string(out[:n]))
	var e error = base64.CorruptInputError(7)
	fmt.Println(e)
	fmt.Println(string(base64.StdEncoding.AppendEncode([]byte("b64:"), []byte("ok"))))
	func() {
		defer func() { fmt.Println(recover()) }()
		base64.NewEncoding("abc")
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		base64.StdEncoding.WithPadding('A')
	}()
}
