// Package shapes sums areas of shapes from the geom package of the same module.
package shapes

import "example.com/shapes/geom"

// Total is the summed area in square millimetres.
func Total(rs ...geom.Rect) float64 {
	sum := 0.0
	for _, r := range rs {
		sum += r.Area()
	}
	return sum
}
