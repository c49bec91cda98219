// Recursive search: permutations, combinations, N-queens, subset sums, and the Tower of
// Hanoi, with results printed in a stable order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func permutations(xs []rune) []string {
	if len(xs) <= 1 {
		return []string{string(xs)}
	}
	var out []string
	seen := map[rune]bool{}
	for i, x := range xs {
		if seen[x] {
			continue
		}
		seen[x] = true
		rest := make([]rune, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(x)+p)
		}
	}
	return out
}

func combinations(n, k int) [][]int {
	var out [][]int
	var rec func(start int, cur []int)
	rec = func(start int, cur []int) {
		if len(cur) == k {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := start; i <= n; i++ {
			rec(i+1, append(cur, i))
		}
	}
	rec(1, nil)
	return out
}

func queens(n int) [][]int {
	var sols [][]int
	cols := make([]int, 0, n)
	used := make([]bool, n)
	diag1 := make(map[int]bool)
	diag2 := make(map[int]bool)
	var place func(row int)
	place = func(row int) {
		if row == n {
			sols = append(sols, append([]int{}, cols...))
			return
		}
		for c := 0; c < n; c++ {
			if used[c] || diag1[row+c] || diag2[row-c] {
				continue
			}
			used[c], diag1[row+c], diag2[row-c] = true, true, true
			cols = append(cols, c)
			place(row + 1)
			cols = cols[:len(cols)-1]
			used[c], diag1[row+c], diag2[row-c] = false, false, false
		}
	}
	place(0)
	return sols
}

func board(sol []int) string {
	var sb strings.Builder
	for _, c := range sol {
		sb.WriteString(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(sol)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func subsetSums(xs []int, target int) [][]int {
	var res [][]int
	var walk func(i int, sum int, picked []int)
	walk = func(i, sum int, picked []int) {
		if sum == target {
			res = append(res, append([]int(nil), picked...))
			return
		}
		if i == len(xs) || sum > target {
			return
		}
		walk(i+1, sum+xs[i], append(picked, xs[i]))
		walk(i+1, sum, picked)
	}
	walk(0, 0, nil)
	return res
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, fmt.Sprintf("%d:%s->%s", n, from, to))
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	ps := permutations([]rune("abca"))
	sort.Strings(ps)
	fmt.Println(len(ps), ps)
	fmt.Println(combinations(5, 3))
	for n := 1; n <= 8; n++ {
		fmt.Printf("queens(%d) = %d\n", n, len(queens(n)))
	}
	fmt.Print(board(queens(6)[0]))
	fmt.Println(subsetSums([]int{3, 34, 4, 12, 5, 2}, 9))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves[:7], " "))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var depth func(n int) int
	depth = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + depth(n-1)
	}
	fmt.Println(depth(100000))
}
