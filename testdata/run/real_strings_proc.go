package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		}
		return r
	}, s)
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"} {
		fmt.Printf("%q palindrome=%t\n", s, isPalindrome(s))
	}
	fmt.Println(reverse("Hello, 世界"))
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(titleCase("the quick BROWN fox"))
	csv := "name,age,city\nalice,30,paris\nbob,25,berlin"
	for i, line := range strings.Split(csv, "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(line, ",")
		age, err := strconv.Atoi(f[1])
		if err != nil {
			fmt.Println("bad age")
			continue
		}
		fmt.Printf("%s is %d and lives in %s\n", f[0], age+1, strings.ToUpper(f[2]))
	}
	fmt.Println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.TrimSpace("  x  "))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Count("cheese", "e"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Title("x"))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	fmt.Println(strconv.Itoa(42)+"!", strconv.Quote("hi\n"))
}
