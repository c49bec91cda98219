package main

import "fmt"

func main() {
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	for i := range "abc" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	b := []byte(s)
	fmt.Println(len(b), b[1], string(b[:5]))
	b[0] = 'H'
	fmt.Println(string(b), s)
	rs := []rune(s)
	fmt.Println(len(rs), rs[1], string(rs[7:]))
	rs[0] = 'J'
	fmt.Println(string(rs))
	fmt.Println(s[1:3], s[7:], s[:1], len(s[3:]), s[0], string(s[8:11]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	n := copy(bs, "xyz")
	fmt.Println(n, string(bs))
	fmt.Println(s[3:20])
}
