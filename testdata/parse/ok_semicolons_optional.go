// NOTE: intentionally not gofmt-formatted (gofmt -l lists it); gofmt -e accepts it.
// Exercises: optional semicolons before `)` and `}`, explicit semicolons,
// one-line blocks, empty statements, statements on one line separated by `;`,
// and trailing commas in multi-line calls/literals/parameter lists.
package main

import ("fmt"; "strings")

type P struct{ A int; B string }

func f(a int,
	b int,
) (int, error) { return a + b, nil }

const (A = 1; B = 2)

var (x = 1; y = 2;)

func main() { fmt.Println("one-liner"); _ = strings.ToUpper("x") ; }

func init() {
	var p = P{A: 1, B: "b",}
	;;
	if true { p.A++ }
	for i := 0; i < 2; i++ { p.A += i; }
	n, _ := f(
		1,
		2,
	)
	fmt.Println(p, n, A, B, x, y,
	)
}
