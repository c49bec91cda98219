package main

import (
	"encoding/hex"
	"fmt"
	"os"
)

func main() {
	s := hex.EncodeToString([]byte("Hello, Gopher!"))
	fmt.Println(s, hex.EncodedLen(5), hex.DecodedLen(10))
	b, err := hex.DecodeString(s)
	fmt.Printf("%s %v\n", b, err)
	for _, in := range []string{"48656C6c6f", "4865x", "486", "48g5", "zz1", "", "0"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q %v %v\n", in, b, err)
	}
	dst := make([]byte, 4)
	n := hex.Encode(dst, []byte{0xde, 0xad})
	fmt.Println(n, string(dst))
	m, err := hex.Decode(dst, []byte("beef"))
	fmt.Println(m, err, dst[:m])
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\x00\x01\xff")))
	fmt.Printf("%q\n", hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	d.Close()
	_, err = d.Write([]byte("x"))
	fmt.Println(err)
	var e error = hex.InvalidByteError('é')
	fmt.Println(e, hex.ErrLength)
	fmt.Println(string(hex.AppendEncode([]byte("0x"), []byte{1, 171})))
	w := hex.NewEncoder(os.Stdout)
	w.Write([]byte("hi\n"))
	fmt.Println()
}
