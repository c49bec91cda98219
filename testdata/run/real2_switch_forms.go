package main

import (
	"fmt"
	"strings"
)

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) (g string) {
	switch score / 10 {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
	case 7:
		g = "C"
		fallthrough
	case 6:
		g += "(pass)"
	default:
		g = "F"
	}
	return
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	for _, s := range []int{100, 95, 85, 72, 65, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	vals := []any{nil, 42, int64(7), "hey", []int{1, 2}, fmt.Errorf("bad"), ID(7), 3.5, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	switch s := strings.ToLower("HeLLo"); s {
	case "hello":
		fmt.Println("matched", s)
	}
	x := 3
	switch x {
	case 1:
	case 3:
		if x > 2 {
			break
		}
		fmt.Println("not reached")
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue
		case i > 4:
			break loop
		}
		fmt.Print("i", i, " ")
	}
	fmt.Println()
	r := 'x'
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Printf("%c consonant %U\n", r, r)
	}
}
