package main

func main() {
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	_ = map[string]int{1: 1} // ERROR "cannot use 1 (untyped int constant) as string value in map literal"
	_ = map[string]int{"b"} // ERROR "missing key in map literal"
	_ = map[string]int{"c": "d"} // ERROR "cannot use \"d\" (untyped string constant) as int value in map literal"
	_ = map[[]int]string{} // ERROR "invalid map key type []int"
	_ = map[int]bool{1: true, 2: false, 1: true} // ERROR "duplicate key 1 in map literal"
	var m map[string]int
	m[1] = 2 // ERROR "cannot use 1 (untyped int constant) as string value in map index"
	_ = m["x"] + "y" // ERROR "invalid operation: m[\"x\"] + \"y\" (mismatched types int and untyped string)"
}
