package main

import "fmt"

// A sieve that stops cleanly: the generator is bounded and closes its channel,
// every filter closes its output when its input is drained.
func gen(limit int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 2; i <= limit; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, p int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%p != 0 {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	ch := gen(200)
	var primes []int
	for {
		p, ok := <-ch
		if !ok {
			break
		}
		primes = append(primes, p)
		ch = filter(ch, p)
	}
	fmt.Println(len(primes), "primes up to 200")
	for i, p := range primes {
		if i > 0 && i%10 == 0 {
			fmt.Println()
		}
		fmt.Printf("%4d", p)
	}
	fmt.Println()
}
