// Text helpers written by hand: word wrapping, padding and centering, title-casing,
// acronyms, a caesar cipher, run-length encoding, and strings.Builder / Replacer / Cut.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-n-left)
}

func titleCase(s string) string {
	small := map[string]bool{"a": true, "of": true, "the": true, "and": true, "in": true}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && small[w] {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

func acronym(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return r
		}
		return -1
	}, titleCase(strings.NewReplacer("-", " ", "_", " ").Replace(s)))
}

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune('a' + (r-'a'+rune(shift))%26)
		case r >= 'A' && r <= 'Z':
			b.WriteRune('A' + (r-'A'+rune(shift))%26)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func rle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			fmt.Fprintf(&b, "%d", j-i)
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func main() {
	text := "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!"
	for i, line := range wrap(text, 24) {
		fmt.Printf("%2d |%-24s|%s|\n", i+1, line, center(fmt.Sprint(len(line)), 6))
	}
	fmt.Println(titleCase("the lord OF the rings and a hobbit"))
	fmt.Println(acronym("portable network-graphics"), acronym("as_soon_as possible"))
	enc := caesar("Hello, World! xyz", 3)
	fmt.Println(enc, caesar(enc, -3), caesar("abc", 29))
	fmt.Println(rle("aaabccddddeé éé"), rle(""))
	k, v, ok := strings.Cut("key=value=more", "=")
	fmt.Printf("%q %q %v\n", k, v, ok)
	_, _, ok = strings.Cut("novalue", "=")
	fmt.Println(ok)
	before, found := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(before, found)
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.Title("hello world"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Fields("  \t\n "))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhi", "x"), strings.Trim("  hi  ", " "), strings.TrimRight("hi!!", "!"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.ContainsAny("hello", "xyz"), strings.ContainsRune("abc", 'b'))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i*i)
	}
	s := strings.TrimSuffix(sb.String(), ",")
	fmt.Println(s, sb.Len(), strings.ToTitle("ǆ"), strings.ToUpper("straße"))
	fmt.Println(strings.Repeat("=-", 10), len("héllo"), utf8.RuneCountInString("héllo"), []byte("hé"), []rune("hé"))
	fmt.Println(strings.Compare("a", "b"), strings.HasSuffix("file.go", ".go"), strings.Index("chicken", "dmr"))
}
