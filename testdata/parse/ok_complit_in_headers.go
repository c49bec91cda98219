// Exercises: composite literals in if/for/switch headers, which must be
// parenthesized (or nested inside calls/brackets) to avoid the `{` ambiguity.
package main

import "fmt"

type T struct{ A, B int }

func main() {
	if (T{1, 2}) == (T{1, 2}) {
		fmt.Println("eq")
	}
	if t := (T{A: 3}); t.A == 3 {
		fmt.Println("t.A", t.A)
	}
	for _, v := range []int{1, 2, 3} {
		fmt.Println(v)
	}
	for i := (T{}).A; i < len([]T{{1, 2}}); i++ {
		fmt.Println("i", i)
	}
	switch (T{B: 1}) {
	case T{B: 1}:
		fmt.Println("case T")
	}
	switch x := (struct{ n int }{5}); x.n {
	case 5:
		fmt.Println("five")
	}
	if len(map[string]int{"a": 1}) == 1 {
		fmt.Println("map ok")
	}
}
