package main

func main() {
	s := "hello"
	var b byte = s[0]
	var r rune = s[1] // ERROR "cannot use s[1] (value of type byte) as rune value in variable declaration"
	_ = s + 'x' // ERROR "invalid operation: s + 'x' (mismatched types string and untyped rune)"
	_ = s[10]
	_ = s[-1] // ERROR "invalid argument: index -1 (constant of type int) must not be negative"
	s[0] = 'H' // ERROR "cannot assign to s[0] (neither addressable nor a map index expression)"
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds [0:3]"
	var bs []byte = s // ERROR "cannot use s (variable of type string) as []byte value in variable declaration"
	_ = string(bs) + bs // ERROR "invalid operation: string(bs) + bs (mismatched types string and []byte)"
	_, _ = b, r
}
