package main

import "fmt"

// Slice bounds out of range in a generic window function; recover in a generic wrapper.
func Window[T any](xs []T, i, n int) []T { return xs[i : i+n] }

func Try[T any](f func() T) (res T, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	return f(), "ok"
}

func main() {
	xs := []int{1, 2, 3, 4}
	fmt.Println(Window(xs, 1, 2))
	r, msg := Try(func() []int { return Window(xs, 3, 2) })
	fmt.Println(r, msg)
	fmt.Println(Window([]string{"a"}, 0, 3))
}
