package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	binary.Write(&buf, binary.LittleEndian, uint32(0xdeadbeef))
	binary.Write(&buf, binary.BigEndian, int16(-2))
	binary.Write(&buf, binary.LittleEndian, 3.5)
	binary.Write(&buf, binary.BigEndian, []uint16{1, 2, 3})
	binary.Write(&buf, binary.LittleEndian, true)
	binary.Write(&buf, binary.LittleEndian, []int8{-1, 2})
	f := float32(1.25)
	binary.Write(&buf, binary.BigEndian, &f)
	fmt.Println(buf.Len(), buf.Bytes())
	r := bytes.NewReader(buf.Bytes())
	var a uint32
	var b int16
	var c float64
	d := make([]uint16, 3)
	var e bool
	g := make([]int8, 2)
	var h float32
	fmt.Println(binary.Read(r, binary.LittleEndian, &a), binary.Read(r, binary.BigEndian, &b), binary.Read(r, binary.LittleEndian, &c))
	fmt.Println(binary.Read(r, binary.BigEndian, d), binary.Read(r, binary.LittleEndian, &e), binary.Read(r, binary.LittleEndian, g), binary.Read(r, binary.BigEndian, &h))
	fmt.Printf("%x %d %v %v %v %v %v\n", a, b, c, d, e, g, h)
	var x uint64
	err := binary.Read(r, binary.LittleEndian, &x)
	fmt.Println(err, err == io.EOF)
	err = binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &x)
	fmt.Println(err)
	fmt.Println(binary.Size(uint16(0)), binary.Size([]float64{1, 2}), binary.Size((*int32)(nil)), binary.Size(int64(0)))
	out, err := binary.Append([]byte{9}, binary.BigEndian, []uint32{1, 2})
	fmt.Println(out, err)
	small := make([]byte, 3)
	n, err := binary.Encode(small, binary.LittleEndian, uint32(7))
	fmt.Println(n, err)
	n, err = binary.Encode(small, binary.LittleEndian, uint16(7))
	fmt.Println(n, err, small)
	var y uint16
	n, err = binary.Decode([]byte{1, 2, 3}, binary.BigEndian, &y)
	fmt.Println(n, err, y)
	n, err = binary.Decode([]byte{1}, binary.BigEndian, &y)
	fmt.Println(n, err)
}
