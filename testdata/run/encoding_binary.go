package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.LittleEndian.PutUint16(b[4:], 0x1234)
	fmt.Println(b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint32(b), binary.BigEndian.Uint16(b[4:]))
	binary.LittleEndian.PutUint64(b, 0x0102030405060708)
	fmt.Println(b, binary.BigEndian.Uint64(b), binary.LittleEndian.Uint64(b))
	fmt.Println(binary.BigEndian.AppendUint32(nil, 7), binary.LittleEndian.AppendUint64([]byte{9}, 1<<40))
	fmt.Println(binary.BigEndian, binary.LittleEndian)
	fmt.Printf("%v %#v\n", binary.BigEndian, binary.LittleEndian)
	var order binary.ByteOrder = binary.BigEndian
	fmt.Println(order.Uint16([]byte{1, 2}), order)
	for _, x := range []uint64{0, 1, 127, 128, 300, 1 << 32, 1<<64 - 1} {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, x)
		v, m := binary.Uvarint(buf[:n])
		fmt.Println(x, buf[:n], v, m, binary.AppendUvarint(nil, x))
	}
	for _, x := range []int64{0, -1, 1, -64, 64, -1 << 63, 1<<63 - 1} {
		buf := binary.AppendVarint(nil, x)
		v, n := binary.Varint(buf)
		fmt.Println(x, buf, v, n)
		r, err := binary.ReadVarint(bytes.NewReader(buf))
		fmt.Println(r, err)
	}
	fmt.Println(binary.Uvarint(nil))
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	_, err := binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	fmt.Println(err)
	_, err = binary.ReadUvarint(bytes.NewReader(nil))
	fmt.Println(err)
	_, err = binary.ReadUvarint(bytes.NewReader(bytes.Repeat([]byte{0xff}, 11)))
	fmt.Println(err)
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	binary.BigEndian.Uint32([]byte{1, 2})
}
