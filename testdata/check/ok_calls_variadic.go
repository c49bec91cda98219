package main

import "fmt"

func pair() (int, string) { return 1, "a" }
func take(n int, s string) string { return fmt.Sprint(n, s) }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(take(pair()), sum(), sum(1, 2), sum(xs...), join("-"), join("-", "a", "b"))
	var f func(...int) int = sum
	fmt.Println(f(4, 5))
}
