package main

import "fmt"

// The classic concurrent prime sieve: a chain of filter goroutines.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	primes := []int{}
	for i := 0; i < 30; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println(primes)
	fmt.Println("count:", len(primes), "last:", primes[len(primes)-1])
}
