// Package ops is untested too.
package ops

// Add adds.
func Add(a, b int) int { return a + b }
