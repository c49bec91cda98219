// Exercises: conversions and parenthesized types/expressions — `(*int)(nil)`,
// `[]byte("x")`, `(func())(nil)`, `(map[string]int)(nil)`, `([]int)(nil)`,
// `(*[2]int)(s)`, `string(rune(65))`, unary on parens, and `*p = v` / `(*p).f`.
package main

import "fmt"

type T struct{ f int }

func main() {
	var ip = (*int)(nil)
	bs := []byte("xy")
	fn := (func())(nil)
	mp := (map[string]int)(nil)
	sl := ([]int)(nil)
	arr := (*[2]int)([]int{1, 2, 3})
	s := string(rune(65))
	n := -(+(^(1)))
	t := &T{}
	(*t).f = 4
	*(&t.f) += 1
	pp := &ip
	fmt.Println(ip == nil, bs, fn == nil, mp == nil, sl == nil, arr[1], s, n, t.f, *pp == nil)
	type local = struct{ v int }
	fmt.Println(local{1}.v, (local{2}).v, [2]int{3, 4}[1])
}
