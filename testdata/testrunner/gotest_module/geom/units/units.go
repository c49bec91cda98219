// Package units converts lengths.
package units

// Scale is how many millimetres a unit is.
var Scale = map[string]float64{"mm": 1, "cm": 10, "m": 1000}

// ToMM converts v in unit u to millimetres.
func ToMM(v float64, u string) float64 { return v * Scale[u] }
