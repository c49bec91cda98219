package main

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func First[S ~[]E, E any](s S) E {
	var z E
	return z
}

func main() {
	_ = Keys([]int{1}) // ERROR "in call to Keys, type []int of []int{…} does not match map[K]V (cannot infer K and V)"
	_ = First(map[int]int{}) // ERROR "in call to First, S (type map[int]int) does not satisfy ~[]E"
	_ = First(3) // ERROR "in call to First, cannot infer E (declared at FILE.go:5:20)"
}
