package main

import (
	"fmt"
	"hash/crc64"
	"hash/fnv"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	iso := crc64.MakeTable(crc64.ISO)
	ecma := crc64.MakeTable(crc64.ECMA)
	fmt.Println(crc64.Checksum(data, iso), crc64.Checksum(data, ecma))
	h := crc64.New(ecma)
	h.Write(data[:10])
	h.Write(data[10:])
	fmt.Printf("%x %d %d %d\n", h.Sum(nil), h.Sum64(), h.Size(), crc64.Size)
	fmt.Println(crc64.Update(crc64.Checksum(data[:5], iso), iso, data[5:]))
	for _, f := range []func() interface {
		Write([]byte) (int, error)
		Sum([]byte) []byte
		Size() int
	}{
		func() interface {
			Write([]byte) (int, error)
			Sum([]byte) []byte
			Size() int
		} {
			return fnv.New128()
		},
		func() interface {
			Write([]byte) (int, error)
			Sum([]byte) []byte
			Size() int
		} {
			return fnv.New128a()
		},
	} {
		x := f()
		fmt.Printf("%x ", x.Sum(nil))
		x.Write(data)
		fmt.Printf("%x %d\n", x.Sum(nil), x.Size())
	}
}
