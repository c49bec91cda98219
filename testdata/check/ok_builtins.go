package main

import "fmt"

func main() {
	s := make([]int, 2, 10)
	s = append(s, 1, 2)
	s = append(s, []int{3}...)
	b := append([]byte("ab"), "cd"...)
	n := copy(s, []int{9, 9})
	m := make(map[string]int, 4)
	m["a"] = 1
	delete(m, "a")
	ch := make(chan int, 1)
	close(ch)
	p := new(int)
	*p = 5
	var arr [4]int
	const L = len(arr)
	z := complex(1.5, 2)
	clear(m)
	fmt.Println(len(s), cap(s), string(b), n, len(m), *p, L, real(z), imag(z), min(3, 1, 2), max(2.5, 1))
}
