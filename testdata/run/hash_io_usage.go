package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"strings"
)

func main() {
	h := sha256.New()
	n, err := io.Copy(h, strings.NewReader(strings.Repeat("gint ", 1000)))
	fmt.Println(n, err, hex.EncodeToString(h.Sum(nil)))
	m := md5.New()
	s := sha1.New()
	c := crc32.NewIEEE()
	w := io.MultiWriter(m, s, c)
	io.WriteString(w, "multi")
	fmt.Printf("%x %x %08x\n", m.Sum(nil), s.Sum(nil), c.Sum32())
	sum := md5.Sum([]byte("password"))
	fmt.Println(hex.EncodeToString(sum[:]))
	var hs []hash.Hash = []hash.Hash{md5.New(), sha1.New(), sha256.New(), sha256.New224()}
	for _, h := range hs {
		fmt.Println(h.Size(), h.BlockSize(), len(h.Sum(nil)))
	}
	big := make([]byte, 1<<16)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Printf("%x\n", sha256.Sum256(big))
}
