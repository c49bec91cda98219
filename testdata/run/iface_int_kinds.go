package main

import "fmt"

// int, int64, uint, uint64 and uintptr have the same size but are distinct types:
// interfaces, type switches, map keys and %T must tell them apart.
func kind(x any) string {
	switch x.(type) {
	case int:
		return "int"
	case int64:
		return "int64"
	case uint:
		return "uint"
	case uint64:
		return "uint64"
	case uintptr:
		return "uintptr"
	case rune:
		return "rune"
	case byte:
		return "byte"
	}
	return "other"
}

func main() {
	xs := []any{1, int64(1), uint(1), uint64(1), uintptr(1), 'a', byte(1), int8(1)}
	for _, x := range xs {
		fmt.Printf("%T %s\n", x, kind(x))
	}
	var x any = int64(1)
	_, ok := x.(int)
	_, ok2 := x.(int64)
	fmt.Println(ok, ok2)
	m := map[any]int{}
	m[1] = 1
	m[int64(1)] = 2
	m[uint(1)] = 3
	m[1] += 10
	fmt.Println(len(m), m[1], m[int64(1)], m[uint(1)], m[uint64(1)])
	var u uint = 1<<64 - 1
	fmt.Println(u, u+1, uintptr(u)>>1)
	fmt.Println(xs[0] == xs[1], xs[2] == xs[3])
}
