package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func withCleanup(m map[string]int, key string) {
	m[key] = 1
	defer delete(m, key)
	fmt.Println("during:", m[key], len(m))
}

func main() {
	sum := 0
	for v := range produce(5) {
		sum += v
	}
	fmt.Println("sum", sum)
	m := map[string]int{"keep": 7}
	withCleanup(m, "tmp")
	fmt.Println("after:", m)
	ch := make(chan int, 1)
	func() {
		defer close(ch)
		ch <- 42
	}()
	v, ok := <-ch
	fmt.Println(v, ok)
	_, ok = <-ch
	fmt.Println(ok)
	defer fmt.Println("closing twice panics")
	defer close(ch)
}
