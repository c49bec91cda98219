package main

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	_ = nil == nil // ERROR "invalid operation: nil == nil (operator == not defined on untyped nil)"
	_ = nil + 1 // ERROR "invalid operation: nil + 1 (mismatched types untyped nil and untyped int)"
	var p *int
	_ = p == nil
	var st struct{}
	_ = st == nil // ERROR "invalid operation: st == nil (mismatched types struct{} and untyped nil)"
	nil := 3
	_, _ = x, i
	_, _ = s, nil
}
