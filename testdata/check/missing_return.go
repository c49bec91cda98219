package main

func a(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func b(x int) int {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func c(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func d() int {
	for {
		break
	}
} // ERROR "missing return"

func e(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return 2
	}
} // ERROR "missing return"

func f() int {
	for {
	}
}

func g() int {
	panic("x")
}

func h(c chan int) int {
	select {
	case <-c:
	}
} // ERROR "missing return"

func main() {}
