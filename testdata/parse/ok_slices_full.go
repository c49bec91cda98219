// Exercises: index and slice expressions — `a[i]`, `a[:]`, `a[1:]`, `a[:2]`,
// full slice `a[1:2:3]`, `a[:2:3]`, slicing arrays via pointer, strings,
// and generic instantiation vs indexing `m[k][0]`.
package main

import "fmt"

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	s := a[:]
	fmt.Println(s[1:], s[:2], s[1:3], a[1:2:3], a[:2:3], cap(a[1:2:4]))
	p := &a
	fmt.Println(p[1:3], len(p))
	str := "hello"
	fmt.Println(str[1:3], str[2], str[:])
	m := map[string][]int{"k": {9}}
	fmt.Println(m["k"][0])
	idx := [...]string{2: "c", 0: "a"}
	fmt.Println(len(idx), idx[2])
}
