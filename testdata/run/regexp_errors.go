package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
)

func main() {
	for _, p := range []string{"(abc", "a(b(c)", "abc)", "a)b(", "*a", "a**", "a+*", "a*??", "x{2}{3}", "a{1001}", "a{2,1}", "x{1001,}", "[z-a]", "[abc", "a[", "[^]", `\x`, `a\`, "(?x)a", "(?<>x)", "(?P<a-b>x)", "(?P<n", `\8`, `\1`, "[[:foo:]]", `\pX`, `\p{Foo}`, `\p`, "(?i", "(?i)abc(", `\Z`, `\C`, "a|*", "(*)", "\xff", "ab\xffc", "(?P=n)", "(?#c)", "(?i-)", "(?-)", "(?i-m", `[a-\d]`, `\x{110000}`, `\x{}`, `\xZ1`, `\e`, `[\b]`, `\é`, "()+*", "(?:)*", "^*"} {
		_, err := regexp.Compile(p)
		fmt.Printf("%q: %q\n", p, fmt.Sprint(err))
		var se *syntax.Error
		if errors.As(err, &se) {
			fmt.Printf("  code=%q expr=%q\n", string(se.Code), se.Expr)
		}
	}
	ok, err := regexp.MatchString("a(", "a")
	fmt.Println(ok, err)
	fmt.Println(syntax.ErrMissingParen, syntax.ErrInvalidEscape.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("a(b")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("`[")
	}()
	regexp.MustCompile(`x**`)
}
