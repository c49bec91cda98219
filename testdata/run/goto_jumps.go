package main

import (
	"fmt"
	"slices"
)

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found early")
				goto done
			}
			_ = j
		}
		_ = i
	}
	fmt.Println("not found")
	return -1, -1
done:
	return 1, 1
}

func parse(s string) (n int, err error) {
	i := 0
	if len(s) == 0 {
		goto fail
	}
	for i < len(s) {
		c := s[i]
		if c < '0' || c > '9' {
			goto fail
		}
		n = n*10 + int(c-'0')
		i++
	}
	return n, nil
fail:
	return 0, fmt.Errorf("bad number %q at %d", s, i)
}

func states(input string) {
	pos := 0
start:
	if pos >= len(input) {
		goto end
	}
	switch input[pos] {
	case 'a':
		fmt.Print("A")
		pos++
		goto start
	case 'b':
		fmt.Print("B")
		pos++
		goto start
	default:
		fmt.Print("?")
		pos++
		{
			if pos < len(input) {
				goto start
			}
		}
	}
end:
	fmt.Println(" end at", pos)
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 9))
	fmt.Println(parse("1234"))
	fmt.Println(parse("12x4"))
	fmt.Println(parse(""))
	states("abxab")
	states("x")
	i := 0
again:
	i++
	if i < 5 {
		goto again
	}
	fmt.Println("i =", i)
	// goto out of a labeled loop and a closure with its own labels
	count := func(xs []int) (c int) {
		for _, x := range xs {
			if x < 0 {
				goto stop
			}
			c++
		}
	stop:
		return
	}
	fmt.Println(count([]int{1, 2, -1, 3}), count(nil))
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if a*b == 2 {
				goto after
			}
			if b > a {
				continue outer
			}
			fmt.Print(a, b, " ")
		}
	}
after:
	fmt.Println()
	for v := range slices.Values([]int{5, 6, 7}) {
		if v == 6 {
			goto out
		}
		fmt.Println("v", v)
	}
out:
	fmt.Println("done")
}
