package main

import (
	"fmt"
	"strings"
)

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func subsets(s []string) [][]string {
	res := [][]string{{}}
	for _, x := range s {
		n := len(res)
		for i := 0; i < n; i++ {
			c := append(append([]string{}, res[i]...), x)
			res = append(res, c)
		}
	}
	return res
}

func nQueens(n int) int {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	var place func(r int) int
	place = func(r int) int {
		if r == n {
			return 1
		}
		count := 0
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			count += place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
		return count
	}
	return place(0)
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func main() {
	for _, p := range permutations([]int{1, 2, 3}) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	for _, s := range subsets([]string{"a", "b", "c"}) {
		fmt.Print("{" + strings.Join(s, ",") + "}")
	}
	fmt.Println()
	for n := 4; n <= 8; n++ {
		fmt.Print(nQueens(n), " ")
	}
	fmt.Println()
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
}
