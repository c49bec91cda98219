package main

import "fmt"

func checksum(data []byte) uint16 {
	var sum uint32
	for i := 0; i+1 < len(data); i += 2 {
		sum += uint32(data[i])<<8 | uint32(data[i+1])
	}
	if len(data)%2 == 1 {
		sum += uint32(data[len(data)-1]) << 8
	}
	for sum>>16 != 0 {
		sum = sum&0xffff + sum>>16
	}
	return ^uint16(sum)
}

func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	fmt.Println(checksum([]byte("hello world")), checksum([]byte{0xff, 0xff, 0x01}))
	for _, s := range []string{"", "a", "gopher"} {
		fmt.Println(s, fnv1a(s))
	}
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, uint8(i8), int16(i8))
	big := int64(1) << 40
	fmt.Println(int32(big), int32(big+5), uint32(big-1))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)*100))
	r := 'A' + 2
	fmt.Println(r, string(rune(r)), string(rune(0x4e16)), []byte("é"), []rune("héllo"))
	var u uint = 3
	fmt.Println(u-4 > 0, int(u)-4)
	b := byte(200)
	fmt.Println(b+100, b*2, b>>1, int(b)<<2)
}
