package main

type P struct{ X int }

func main() {
	_ = &P{1}
	_ = &[]int{1}
	_ = &map[string]int{}
	_ = &P{}.X // ERROR "invalid operation: cannot take address of P{}.X (value of type int)"
	_ = &(P{})
	p := &P{}
	_ = &p.X
	_ = &len("x") // ERROR "invalid operation: cannot take address of len(\"x\") (constant 1 of type int)"
	var s []P
	_ = &s[0].X
	_ = &[3]int{}[1] // ERROR "invalid operation: cannot take address of [3]int{}[1] (value of type int)"
}
