package main

import "fmt"

func f(c chan int) int {
	select {
	case v := <-c:
		defer fmt.Println("in case", v)
		return v
	default:
		defer fmt.Println("in default")
	}
	fmt.Println("after select")
	return 0
}

func main() {
	sel()
	c := make(chan int, 1)
	c <- 5
	fmt.Println(f(c))
	fmt.Println(f(c))
}

// sel: defers in select clauses and a switch of a function with no other defer.
func sel() {
	c := make(chan string, 1)
	c <- "x"
	for i := 0; i < 2; i++ {
		func() {
			select {
			case s := <-c:
				defer fmt.Println("deferred in case", s, i)
			default:
				switch i {
				case 1:
					defer fmt.Println("deferred in switch in default", i)
				}
			}
			fmt.Println("body", i)
		}()
	}
}
