package main

func f() int { return 1 }

func main() {
	var c chan int // ERROR "declared and not used: c"
	select {
	case f(): // ERROR "select case must be send or receive (possibly with assignment)"
	case x := 1: // ERROR "select case must be send or receive (possibly with assignment)"
		_ = x
	case c: // ERROR "select case must be send or receive (possibly with assignment)"
	case <-c + 1: // ERROR "select case must be send or receive (possibly with assignment)"
	}
}
