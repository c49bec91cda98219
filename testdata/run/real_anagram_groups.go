package main

import (
	"fmt"
	"sort"
	"strings"
)

func key(w string) string {
	rs := []rune(strings.ToLower(w))
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return string(rs)
}

func groups(words []string) [][]string {
	byKey := map[string][]string{}
	var order []string
	for _, w := range words {
		k := key(w)
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], w)
	}
	var out [][]string
	for _, k := range order {
		if g := byKey[k]; len(g) > 1 {
			sort.Strings(g)
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i][0] < out[j][0]
	})
	return out
}

func isPangram(s string) bool {
	var seen [26]bool
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			seen[r-'a'] = true
		}
	}
	for _, b := range seen {
		if !b {
			return false
		}
	}
	return true
}

func main() {
	words := strings.Fields("listen silent enlist google inlets banana tinsel stone notes onset tones act cat tac dog")
	for _, g := range groups(words) {
		fmt.Println(len(g), strings.Join(g, " "))
	}
	for _, s := range []string{"The quick brown fox jumps over the lazy dog", "Hello world"} {
		fmt.Println(isPangram(s), s)
	}
	freq := [26]int{}
	for _, c := range "mississippi river" {
		if c >= 'a' && c <= 'z' {
			freq[c-'a']++
		}
	}
	for i, n := range freq {
		if n > 0 {
			fmt.Printf("%c%d ", 'a'+i, n)
		}
	}
	fmt.Println()
}
