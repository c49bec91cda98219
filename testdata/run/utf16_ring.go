package main

import (
	"container/ring"
	"fmt"
	"unicode/utf16"
)

func main() {
	s := []rune("a€😀\U0010FFFF")
	e := utf16.Encode(s)
	fmt.Println(e, len(e))
	fmt.Println(string(utf16.Decode(e)))
	fmt.Println(utf16.Decode([]uint16{0xd800, 0x41, 0xdc00, 0xd83d}))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Println(r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', 'b'))
	fmt.Println(utf16.EncodeRune('a'))
	fmt.Println(utf16.IsSurrogate(0xd800), utf16.IsSurrogate('a'), utf16.RuneLen('a'), utf16.RuneLen('😀'), utf16.RuneLen(-1), utf16.RuneLen(0xd800))
	fmt.Println(utf16.AppendRune(nil, '😀'), utf16.AppendRune([]uint16{1}, 0xdfff), utf16.Encode([]rune{0xd900, -5}))

	r := ring.New(5)
	fmt.Println(r.Len())
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	r = r.Move(2)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(r.Prev().Value, r.Move(-3).Value)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	s2 := ring.New(2)
	s2.Value, s2.Next().Value = "x", "y"
	r.Link(s2)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, ring.New(0) == nil, r.Unlink(0) == nil)
}
