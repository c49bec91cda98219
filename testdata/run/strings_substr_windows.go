package main

import (
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("abcdefghij", 20)
	a := long[5:150]
	b := a[10:100]
	c := b[3:80]
	fmt.Println(len(a), len(b), len(c), c[:12], c[len(c)-5:])
	fmt.Println(c == long[18:95], strings.HasPrefix(b, "fghij"), strings.Index(c, "jab"))
	m := map[string]int{}
	m[long[0:70]]++
	m[strings.Repeat("abcdefghij", 7)]++
	fmt.Println(len(m), m[long[10:80]])
	bs := []byte(c)
	bs[0] = 'X'
	fmt.Println(string(bs[:5]), c[:5])
	parts := strings.Split(long[:100]+","+long[100:], ",")
	fmt.Println(len(parts), len(parts[0]), len(parts[1]), parts[1][:3])
	s := long
	n := 0
	for len(s) > 0 {
		s = s[7:]
		if len(s) < 7 {
			break
		}
		n++
	}
	fmt.Println(n, s)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(c[70:90])
}
