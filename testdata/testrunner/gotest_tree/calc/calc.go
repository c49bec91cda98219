// Package calc sums with ops.
package calc

import "example.com/tree/calc/internal/ops"

// Sum adds up xs.
func Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s = ops.Add(s, x)
	}
	return s
}
