package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	f := Max // ERROR "cannot use generic function Max without instantiation"
	var g = Max // ERROR "cannot use generic function Max without instantiation"
	_ = []any{Max} // ERROR "cannot use generic function Max without instantiation"
	_, _ = f, g
}
