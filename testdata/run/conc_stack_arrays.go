package main

// After Go's test issue13169: goroutines hand values over a channel while each receiver
// runs a recursion with a 1 KiB array in every call.

import "fmt"

type T struct {
	a, b, c int
}

func usestack() byte {
	return usestack1(32)
}

func usestack1(d int) byte {
	if d == 0 {
		return 0
	}
	var b [1024]byte
	b[d] = byte(d)
	return usestack1(d-1) + b[d] - byte(d) + b[3]
}

func main() {
	const n = 5000
	c := make(chan interface{})
	done := make(chan int)
	total := 0
	for i := 0; i < 4; i++ {
		go func() {
			for j := 0; j < n; j++ {
				c <- &T{a: j}
			}
			done <- 0
		}()
		go func() {
			sum := 0
			for j := 0; j < n; j++ {
				t := (<-c).(*T)
				sum += t.a + int(usestack())
			}
			done <- sum
		}()
	}
	for i := 0; i < 8; i++ {
		total += <-done
	}
	fmt.Println("total:", total)
}
