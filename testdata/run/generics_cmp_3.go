package main

import (
	"cmp"
	"fmt"
)

// cmp.Compare and cmp.Less on ints, strings, named types and NaN (made by 0/0).
type Priority int

func Sign[T cmp.Ordered](a, b T) string {
	switch cmp.Compare(a, b) {
	case -1:
		return "<"
	case 1:
		return ">"
	}
	return "="
}

func main() {
	fmt.Println(Sign(1, 2), Sign("b", "a"), Sign(2.5, 2.5), Sign(Priority(3), 1))
	zero := 0.0
	nan := zero / zero
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan))
	fmt.Println(cmp.Less(nan, -1e300), cmp.Less(1.0, nan), cmp.Less("a", "ab"))
	fmt.Println(cmp.Compare(-zero, zero), cmp.Less[uint8](255, 0))
}
