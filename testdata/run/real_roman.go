package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", errors.New("out of range")
	}
	var sb strings.Builder
	for _, nm := range numerals {
		for n >= nm.val {
			sb.WriteString(nm.sym)
			n -= nm.val
		}
	}
	return sb.String(), nil
}

func fromRoman(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println(n, "->", err)
			continue
		}
		fmt.Printf("%4d -> %-12s -> %d\n", n, r, fromRoman(r))
	}
}
