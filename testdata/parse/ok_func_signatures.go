// Exercises: function signature forms — grouped params `a, b int`, unnamed
// params, variadic `...T`, named results, func-typed params and results,
// results that are themselves funcs returning multiple values, blank params.
package main

import "fmt"

func a(int, string)                 {}
func b(x, y int, s ...string) int   { return x + y + len(s) }
func c() (n int, err error)         { n = 1; return }
func d(f func(int) (int, bool)) int { v, _ := f(2); return v }
func e() func() (int, error)        { return func() (int, error) { return 5, nil } }
func g(_ int, _ ...interface{})     {}
func h(fs ...func()) (func(), func(int) int) {
	return func() {}, func(i int) int { return i }
}

type Handler func(w, r int) (ok bool)

func main() {
	a(1, "")
	fmt.Println(b(1, 2), b(1, 2, "x", "y"), b(1, 2, []string{"z"}...))
	n, _ := c()
	v := d(func(i int) (int, bool) { return i * 3, true })
	r, _ := e()()
	g(1, 2, 3)
	_, id := h()
	var hd Handler = func(w, r int) bool { return w == r }
	fmt.Println(n, v, r, id(8), hd(1, 1))
}
