package main

import "fmt"

// Strings and bytes through type sets with range.
func Runes[T ~string](s T) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func Upper[T ~string](s T) T {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return T(b)
}

func FromBytes[T ~string](b []byte) T { return T(b) }

type Name string

func main() {
	fmt.Println(Runes("héllo"), Runes(Name("日本")))
	fmt.Println(Upper("go lang"), Upper(Name("x1y")))
	fmt.Printf("%T %q\n", Upper(Name("a")), FromBytes[Name]([]byte("bytes")))
}
