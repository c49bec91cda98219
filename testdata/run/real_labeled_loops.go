package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
outer:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] > target*2 {
				continue outer
			}
			if nums[i]+nums[j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func primes(n int) []int {
	var ps []int
next:
	for c := 2; len(ps) < n; c++ {
		for _, p := range ps {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue next
			}
		}
		ps = append(ps, c)
	}
	return ps
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func describe(n int) []string {
	var out []string
	switch n % 4 {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one-or-less")
		fallthrough
	case 2:
		out = append(out, "two-or-less")
	case 3:
		out = append(out, "three")
	}
	return out
}

func main() {
	fmt.Println(findPair([]int{1, 5, 3, 7, 9}, 10))
	fmt.Println(findPair([]int{1, 2}, 10))
	fmt.Println(primes(15))
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(i, describe(i))
	}
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range matrix {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)
	i := 0
loop:
	for {
		switch {
		case i > 5:
			break loop
		case i%2 == 0:
			i += 3
			continue
		}
		i++
	}
	fmt.Println("i =", i)
}
