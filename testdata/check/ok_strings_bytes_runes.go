package main

import "fmt"

func main() {
	s := "héllo"
	var b byte = s[0]
	var r rune = 'é'
	sub := s[1:3]
	bs := []byte(s)
	bs[0] = 'H'
	rs := []rune(s)
	var total int
	for i := 0; i < len(s); i++ {
		total += int(s[i])
	}
	const k = "const" + "ant"
	const kl = len(k)
	var arr [kl]byte
	copy(arr[:], k)
	fmt.Println(b, r, sub, string(bs), len(rs), total, string(arr[:]), s+string(r), s[len(s)-1:])
}
