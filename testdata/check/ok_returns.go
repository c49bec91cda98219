package main

import "fmt"

func div(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	default:
		return 0
	}
}

func forever() int {
	for {
	}
}

func boom() int {
	panic("boom")
}

func choose(b bool) string {
	if b {
		return "yes"
	} else {
		return "no"
	}
}

func loopBreak(c chan int) int {
	for {
		select {
		case v := <-c:
			return v
		}
	}
}

func main() {
	q, r := div(7, 2)
	_ = forever
	_ = boom
	_ = loopBreak
	fmt.Println(q, r, sign(-3), choose(true))
}
