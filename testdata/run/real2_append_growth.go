package main

import "fmt"

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Print(cap(s), " ")
			prevCap = cap(s)
		}
	}
	fmt.Println()
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(b), cap(b))
	d := a[1:2]
	d = append(d, 99)
	fmt.Println(a, d, len(d), cap(d))
	e := a[1:2:2]
	e = append(e, 77)
	fmt.Println(a, e, cap(e))
	strs := append([]string(nil), "x", "y")
	strs = append(strs, strs...)
	fmt.Println(strs, len(strs), cap(strs))
	bs := append([]byte("hi "), "there"...)
	fmt.Println(string(bs), cap(bs))
	n := copy(bs, "HELLO")
	fmt.Println(n, string(bs))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), append(nilS, 1), nilS[:0] == nil)
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune("...")
	}
	grid[1][1] = '#'
	for _, r := range grid {
		fmt.Println(string(r))
	}
	big := make([]struct{ a, b int64 }, 0)
	for i := 0; i < 20; i++ {
		big = append(big, struct{ a, b int64 }{int64(i), 0})
	}
	fmt.Println(len(big), cap(big))
	s3 := []int{1, 2, 3, 4, 5}
	s3 = append(s3[:1], s3[2:]...)
	fmt.Println(s3, len(s3), cap(s3))
	ss := make([]string, 0, 1)
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		ss = append(ss, w)
		fmt.Print(cap(ss), ",")
	}
	fmt.Println()
}
