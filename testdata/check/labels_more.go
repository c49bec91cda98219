package main

func main() {
A:
	for {
		break A
	}
A: // ERROR "label A already defined at FILE.go:4:1"
	for {
		continue B // ERROR "continue label not defined: B"
	}
C:
	{
		break C // ERROR "invalid break label C"
	}
	f := func() {
		goto A // ERROR "label A not defined"
	D:
		for {
			break D
		}
	}
	f()
	switch {
	case true:
		goto E // ERROR "goto E jumps into block starting at FILE.go:27:2"
	case false:
	E:
	}
	var ch chan int
F:
	select {
	case <-ch:
		break F
	}
	goto G // ERROR "goto G jumps over declaration of a, b at FILE.go:37:7"
	a, b := 1, 2
G:
	_, _ = a, b
}
