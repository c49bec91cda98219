package main

import "fmt"

// A constraint of a single underlying type and core-type operations: range, index, len.
type ByteSeq interface{ ~string | ~[]byte }

func CountByte[S ByteSeq](s S, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

type IntSlice interface{ ~[]int }

func SumAll[S IntSlice](s S) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

type MyInts []int

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(CountByte("banana", 'a'), CountByte([]byte("hello"), 'l'))
	fmt.Println(SumAll(MyInts{1, 2, 3}), SumAll([]int{}))
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}))
}
