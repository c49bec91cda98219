package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
)

func main() {
	b := make([]byte, 1<<20+13)
	for i := range b {
		b[i] = byte(i*131 + i>>8)
	}
	fmt.Printf("%x\n%x\n%x\n%x\n", md5.Sum(b), sha1.Sum(b), sha256.Sum256(b), sha512.Sum512(b))
	h := sha256.New()
	for off := 0; off < len(b); off += 1000 {
		end := off + 1000
		if end > len(b) {
			end = len(b)
		}
		h.Write(b[off:end])
	}
	fmt.Printf("%x\n", h.Sum(nil))
}
