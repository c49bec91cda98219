package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"io"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("x", 1000)} {
		b := []byte(s)
		fmt.Printf("%x\n", md5.Sum(b))
		fmt.Printf("%x\n", sha1.Sum(b))
		fmt.Printf("%x\n", sha256.Sum256(b))
		fmt.Printf("%x\n", sha256.Sum224(b))
		fmt.Printf("%x\n", sha512.Sum512(b))
		fmt.Printf("%x\n", sha512.Sum384(b))
	}
	h := sha256.New()
	h.Write([]byte("hello "))
	fmt.Printf("%x\n", h.Sum(nil))
	io.WriteString(h, "world")
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	fmt.Println(h.Size(), h.BlockSize(), sha256.Size, sha256.BlockSize)
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))
	m := md5.New()
	fmt.Fprintf(m, "%d-%s", 42, "answer")
	fmt.Printf("%X %d %d\n", m.Sum(nil), m.Size(), md5.BlockSize)
	s1 := sha1.New()
	for i := 0; i < 100; i++ {
		s1.Write([]byte{byte(i)})
	}
	fmt.Printf("%x %d\n", s1.Sum(nil), sha1.Size)
	s5 := sha512.New384()
	s5.Write([]byte("abc"))
	fmt.Printf("%x %d %d\n", s5.Sum(nil), s5.Size(), sha512.BlockSize)
	arr := sha256.Sum256([]byte("x"))
	fmt.Println(len(arr), arr[0], arr[31])
}
