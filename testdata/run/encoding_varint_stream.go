package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
)

func main() {
	var buf []byte
	vals := []int64{0, 1, -1, 63, -64, 64, 1000000, -1000000, 1 << 62}
	for _, v := range vals {
		buf = binary.AppendVarint(buf, v)
	}
	fmt.Println(len(buf), buf)
	r := bufio.NewReader(bytes.NewReader(buf))
	for {
		v, err := binary.ReadVarint(r)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for off := 0; off < len(buf); {
		v, n := binary.Varint(buf[off:])
		fmt.Print(v, "/", n, " ")
		off += n
	}
	fmt.Println()
	b := make([]byte, 3)
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.PutUvarint(b, 1<<30)
}
