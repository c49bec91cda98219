package main

import (
	"crypto/sha1"
	"crypto/sha512"
	"fmt"
	"hash/adler32"
	"hash/fnv"
)

func main() {
	h := sha512.New()
	for _, s := range []string{"a", "b", "c"} {
		h.Reset()
		h.Write([]byte(s))
		fmt.Printf("%x\n", h.Sum(nil)[:8])
	}
	h.Reset()
	for i := 0; i < 300; i++ {
		h.Write([]byte{byte(i)})
	}
	fmt.Printf("%x\n", h.Sum(nil))
	s := sha1.New()
	chunk := make([]byte, 63)
	for i := 0; i < 5; i++ {
		s.Write(chunk)
		fmt.Printf("%x\n", s.Sum(nil)[:4])
	}
	a := adler32.New()
	a.Write([]byte("abc"))
	a.Reset()
	fmt.Println(a.Sum32())
	f := fnv.New32()
	f.Write([]byte("abc"))
	b := f.Sum([]byte{0xAA})
	fmt.Println(b, f.Sum32())
	fmt.Printf("%x\n", sha512.Sum384(nil))
}
