package main

import "fmt"

// Fan-in with select over two sources, turning each closed one off with nil.
func evens(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i += 2 {
			c <- i
		}
		close(c)
	}()
	return c
}

func odds(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 1; i < n; i += 2 {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := evens(20), odds(11)
	sumA, sumB, count, closed := 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				closed++
				a = nil
				continue
			}
			sumA += v
			count++
		case v, ok := <-b:
			if !ok {
				closed++
				b = nil
				continue
			}
			sumB += v
			count++
		}
	}
	fmt.Println("sumA", sumA, "sumB", sumB, "count", count, "closed", closed)
}
