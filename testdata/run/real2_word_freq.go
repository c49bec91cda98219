package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair.`

type WordCount struct {
	Word  string
	Count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	var wc []WordCount
	for w, c := range freq {
		wc = append(wc, WordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].Count != wc[j].Count {
			return wc[i].Count > wc[j].Count
		}
		return wc[i].Word < wc[j].Word
	})
	fmt.Printf("%d words, %d distinct\n", len(words), len(freq))
	for i, x := range wc[:8] {
		bar := strings.Repeat("*", x.Count)
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, x.Word, x.Count, bar)
	}
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0)
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Printf("len %2d: %v\n", l, ws)
	}
	longest := ""
	for w := range freq {
		if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
			longest = w
		}
	}
	fmt.Printf("longest: %q (%d)\n", longest, len(longest))
	fmt.Println(strings.Title("the end"), strings.ToUpper(longest[:3]))
}
