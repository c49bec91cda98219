// Exercises: type switches `switch x := y.(type)`, with init statement,
// without binding, nil and multi-type cases, nested `x.(type)` switches,
// and type assertions `y.(T)` / `y.(interface{ M() })`.
package main

import "fmt"

type S struct{}

func (S) M() {}

func describe(y any) string {
	switch x := y.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int-ish ", x)
	case []any:
		for _, e := range x {
			switch e := e.(type) {
			case string:
				return "nested string " + e
			}
		}
		return "slice"
	case interface{ M() }:
		return "has M"
	case func() int, chan<- int, map[string][]int, *[3]int, struct{ A int }:
		return "composite"
	default:
		_ = x
		return "other"
	}
}

func main() {
	var y any = 3
	switch y.(type) {
	case int:
		fmt.Println("int")
	}
	switch v := any(S{}); t := v.(type) {
	case S:
		fmt.Println("S", t)
	}
	fmt.Println(describe(nil), describe(int64(1)), describe([]any{"s"}), describe(S{}), describe(1.5))
	_, ok := y.(interface{ M() })
	n := y.(int)
	fmt.Println(ok, n)
}
