package main

type S struct{ f []int }

func main() {
	var a, b []int
	var m1, m2 map[string]int
	var f1, f2 func()
	var s1, s2 S
	var p *int
	var i interface{}
	_ = a == b // ERROR "invalid operation: a == b (slice can only be compared to nil)"
	_ = m1 == m2 // ERROR "invalid operation: m1 == m2 (map can only be compared to nil)"
	_ = f1 == f2 // ERROR "invalid operation: f1 == f2 (func can only be compared to nil)"
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 (struct containing []int cannot be compared)"
	_ = p == 1 // ERROR "invalid operation: p == 1 (mismatched types *int and untyped int)"
	_ = a == nil
	_ = i == a // ERROR "invalid operation: i == a (slice can only be compared to nil)"
	_ = f1 < f2 // ERROR "invalid operation: f1 < f2 (operator < not defined on func)"
	_ = true < false // ERROR "invalid operation: true < false (operator < not defined on untyped bool)"
}
