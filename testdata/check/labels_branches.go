package main

func main() {
L1:
	for {
		break L2 // ERROR "break label not defined: L2"
	}
	continue // ERROR "continue is not in a loop"
	break // ERROR "break is not in a loop, switch, or select"
unused: // ERROR "label unused defined and not used"
	x := 1
	_ = x
	goto missing // ERROR "label missing not defined"
L3:
	if true {
		continue L3 // ERROR "invalid continue label L3"
	}
	goto L4 // ERROR "goto L4 jumps over declaration of y at FILE.go:19:4"
	y := 2
L4:
	_ = y
	goto L1
}
