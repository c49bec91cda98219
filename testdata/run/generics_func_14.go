package main

import "fmt"

// Generic functions with defer and named results of type T.
func WithDefault[T any](f func() T, def T) (res T) {
	defer func() {
		if recover() != nil {
			res = def
		}
	}()
	return f()
}

func Tap[T any](v T, f func(T)) T {
	defer f(v)
	return v
}

func main() {
	fmt.Println(WithDefault(func() int { return 5 }, -1))
	fmt.Println(WithDefault(func() int {
		var m map[string]int
		m["x"] = 1
		return 1
	}, -1))
	fmt.Println(WithDefault(func() string { panic("no") }, "fallback"))
	x := Tap("value", func(s string) { fmt.Println("tapped", s) })
	fmt.Println(x)
}
