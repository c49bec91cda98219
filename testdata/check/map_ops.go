package main

type K struct{ s []int }

func main() {
	var m map[string]int
	v, ok, extra := m["a"] // ERROR "assignment mismatch: 3 variables but 1 value"
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m[\"a\"] (map index expression of type int)"
	m["b"]++
	var n map[K]int // ERROR "invalid map key type K"
	var f map[func()]int // ERROR "invalid map key type func()"
	for k, v := range m { // ERROR "declared and not used: k"
		k = 1 // ERROR "cannot use 1 (untyped int constant) as string value in assignment"
		_ = v
	}
	delete(m, 1) // ERROR "cannot use 1 (untyped int constant) as string value in argument to delete"
	_, _, _, _, _ = v, ok, extra, n, f
}
