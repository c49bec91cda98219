// Exercises: declaration forms — grouped import/var/const/type blocks, type
// aliases, local type declarations, `var ( a, b = f() )`, array types with
// constant expressions `[N*2]int` and `[...]T`, blank identifier declarations,
// and method declarations on local-package types with pointer receivers.
package main

import (
	"fmt"
	str "strings"
	_ "unsafe"
)

const N = 2

type (
	Arr   [N * 2]int
	Alias = Arr
	Fn    func(int) int
	Ptr   *Arr
)

var (
	a, b   = two()
	_      = 0
	c      Alias
	d, e   int = 1, 2
	matrix     = [...][N]int{{1, 2}, {3, 4}}
)

func two() (int, int) { return 1, 2 }

func (p *Arr) First() int { return p[0] }

func main() {
	type local struct{ v int }
	var l local
	var f Fn = func(i int) int { return i }
	c[0] = 9
	fmt.Println(a, b, c.First(), d, e, l, f(3), matrix, str.Repeat("-", 3), len(c))
}
