package main

import "fmt"

// Operators allowed by the type set: +, comparison, shifts, bitwise ops.
type Bits interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64
}

func PopCount[T Bits](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func Rotl[T Bits](x T, k uint, width uint) T {
	return x<<k | x>>(width-k)
}

func Concat[T ~string](a, b T) T { return a + b }

type Flag uint8
type Path string

func main() {
	fmt.Println(PopCount(uint8(255)), PopCount(uint64(1<<40|3)), PopCount(Flag(5)))
	fmt.Println(Rotl(uint8(0x81), 1, 8), Rotl(uint16(1), 15, 16))
	fmt.Println(Concat(Path("/usr"), "/bin"))
	fmt.Printf("%T\n", Concat(Path("a"), Path("b")))
	var f Flag = 3
	fmt.Println(f^0xff, ^f, f&^1)
}
