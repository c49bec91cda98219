package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at FILE.go:5:4"
	x := 1
L:
	_ = x
	goto M // ERROR "goto M jumps into block starting at FILE.go:9:2"
	{
	M:
	}
	for {
		goto N // ERROR "goto N jumps into block starting at FILE.go:15:10"
	}
	if true {
	N:
	}
	goto L
}

func other() {
	goto K // ERROR "goto K jumps over declaration of y at FILE.go:23:6"
	var y = 2
	_ = y
K:
}
