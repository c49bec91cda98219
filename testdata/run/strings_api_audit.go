package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Title("hello wide world-of go_lang ñandú"), strings.ToTitle("ǆemal"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"), strings.EqualFold("k", "\u212a"))
	fmt.Println(strings.ContainsFunc("abc1", unicode.IsDigit), strings.IndexFunc("ab1", unicode.IsDigit), strings.LastIndexFunc("1ab1c", unicode.IsDigit), strings.ContainsAny("abc", ""), strings.ContainsRune("abc", 'c'))
	r := strings.NewReplacer("a", "1", "aa", "2", "<", "&lt;", "", "X")
	fmt.Println(r.Replace("aaa<b"))
	r2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r2.Replace("aaaaaa"), strings.NewReplacer("x", "y").Replace("xox"))
	fmt.Printf("%q %q %q\n", strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfterN("a,b,c", ",", -1), strings.Fields(" \u00a0a\u2003b  "))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"), strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-x", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.Trim(" \t x \n", " \t\n"))
	before, after, found := strings.Cut("k=v=w", "=")
	fmt.Println(before, after, found)
	s, ok := strings.CutPrefix("foobar", "foo")
	fmt.Println(s, ok, strings.Compare("a", "b"), strings.LastIndexByte("abca", 'a'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.ToUpper("ǆ ß"), strings.ToLower("İ Σ"), strings.ToUpperSpecial(unicode.TurkishCase, "i"))
	var b strings.Builder
	b.WriteString("x")
	b.WriteByte('y')
	b.WriteRune('世')
	fmt.Fprintf(&b, "%d", 42)
	fmt.Println(b.String(), b.Len())
	rd := strings.NewReader("héllo")
	ch, size, _ := rd.ReadRune()
	fmt.Println(string(ch), size, rd.Len(), rd.Size())
	fmt.Println(strings.Index("chicken", "ken"), strings.IndexRune("chicken", 'k'), strings.IndexByte("abc", 'c'), strings.HasPrefix("abc", ""), strings.Join([]string{"a", "b"}, "-"))
	fmt.Println(strings.Title("ǆa"), strings.TrimRight("abccc", "c"), strings.TrimSpace("\u0085 x \u3000"))
}
