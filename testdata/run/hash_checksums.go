package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
)

func main() {
	data := []byte("Wikipedia")
	fmt.Println(crc32.ChecksumIEEE(data), adler32.Checksum(data))
	fmt.Println(crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)), crc32.Checksum(data, crc32.MakeTable(crc32.Koopman)))
	c := crc32.NewIEEE()
	c.Write([]byte("Wiki"))
	c.Write([]byte("pedia"))
	fmt.Println(c.Sum32(), c.Sum(nil), c.Size(), c.BlockSize(), crc32.Size)
	fmt.Println(crc32.Update(0, crc32.IEEETable, data), crc32.Update(crc32.ChecksumIEEE([]byte("Wiki")), crc32.IEEETable, []byte("pedia")))
	hs := []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), adler32.New(), crc32.New(crc32.MakeTable(crc32.Castagnoli))}
	for _, h := range hs {
		h.Write([]byte("hello"))
		fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	}
	f := fnv.New64a()
	f.Write([]byte("gint"))
	fmt.Println(f.Sum64())
	f.Reset()
	fmt.Println(f.Sum64())
	g := fnv.New32a()
	g.Write(nil)
	fmt.Println(g.Sum32())
	var h32 hash.Hash32 = adler32.New()
	h32.Write(make([]byte, 10000))
	fmt.Println(h32.Sum32())
}
