// Word frequencies of a text read line by line, printed as a table sorted by count
// (descending) then word, with a histogram bar.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type entry struct {
	word  string
	count int
}

func normalize(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.ToLower(w)
}

func main() {
	counts := make(map[string]int)
	lines, words := 0, 0
	longest := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			w = normalize(w)
			if w == "" {
				continue
			}
			words++
			counts[w]++
			if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
				longest = w
			}
		}
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Printf("lines=%d words=%d unique=%d longest=%q\n", lines, words, len(counts), longest)
	fmt.Println(strings.Repeat("-", 32))
	for i, e := range entries {
		if i == 8 {
			fmt.Printf("... and %d more\n", len(entries)-i)
			break
		}
		fmt.Printf("%-12s %3d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	// Words by first letter, letters in order.
	byLetter := map[rune][]string{}
	for w := range counts {
		r := []rune(w)[0]
		byLetter[r] = append(byLetter[r], w)
	}
	letters := make([]rune, 0, len(byLetter))
	for r := range byLetter {
		letters = append(letters, r)
	}
	sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
	for _, r := range letters {
		ws := byLetter[r]
		sort.Strings(ws)
		fmt.Printf("%c: %s\n", unicode.ToUpper(r), strings.Join(ws, ", "))
	}
}
