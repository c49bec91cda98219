package main

import "fmt"

// Conversions between type parameters and strings, runes and bytes.
func FromRunes[T ~rune](rs []T) string {
	s := ""
	for _, r := range rs {
		s += string(r)
	}
	return s
}

func Bytes[S ~string](s S) []byte { return []byte(s) }

func Runes[S ~string](s S) []rune { return []rune(s) }

func Join[S ~string](parts []S, sep S) S {
	var out S
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

type Letter rune
type Path string

func main() {
	fmt.Println(FromRunes([]Letter{'g', 'o'}), FromRunes([]rune("héllo")))
	fmt.Println(Bytes(Path("ab")), Runes("日本"))
	fmt.Println(Join([]Path{"usr", "local", "bin"}, "/"))
	fmt.Printf("%T\n", Join([]Path{"a"}, ""))
}
