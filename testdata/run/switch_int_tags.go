package main

import "fmt"

type Color uint8

const (
	Red Color = iota
	Green
	Blue
)

func name(c Color) string {
	switch c {
	case Red:
		return "red"
	case Green, Blue:
		return "green or blue"
	}
	return "other"
}

func main() {
	var big uint64 = 1<<63 + 5
	switch big {
	case 5:
		fmt.Println("wrong: low bits")
	case 1<<63 + 5:
		fmt.Println("big")
	}
	var n int8 = -128
	switch n {
	case 127:
		fmt.Println("wrong")
	case -128:
		fmt.Println("min int8")
	}
	for _, c := range []Color{Red, Blue, 7} {
		fmt.Println(name(c))
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch x := 3; x {
	case f(1), f(2), f(3), f(4):
		fmt.Println("found after", calls, "calls")
	}
	switch r := 'é'; r {
	case 'e':
		fmt.Println("e")
	case 'é':
		fmt.Println("e acute")
		fallthrough
	default:
		fmt.Println("fell through")
	}
	x := 10
	switch {
	case x > 20:
		fmt.Println("big")
	case x > 5 && x < 15:
		fmt.Println("middle")
	default:
		fmt.Println("small")
	}
	var i interface{} = 3
	switch i {
	case 3.0:
		fmt.Println("float 3")
	case 3:
		fmt.Println("int 3")
	}
	s := "héllo"
	vowels := 0
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	fmt.Println(len(s), vowels, s[1], s[len(s)-1])
	k := len(s)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(s[k])
}
