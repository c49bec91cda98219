package main

import (
	"fmt"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func primeGen() func() int {
	ch := make(chan int)
	go func() {
		for i := 2; ; i++ {
			ch <- i
		}
	}()
	var filters []int
	return func() int {
	next:
		for {
			v := <-ch
			for _, p := range filters {
				if v%p == 0 {
					continue next
				}
			}
			filters = append(filters, v)
			return v
		}
	}
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	g := primeGen()
	var first []string
	for i := 0; i < 10; i++ {
		first = append(first, fmt.Sprint(g()))
	}
	fmt.Println(strings.Join(first, ","))
	for _, n := range []int{360, 97, 1001, 1 << 20} {
		fmt.Println(n, factorize(n))
	}
	twin := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twin++
		}
	}
	fmt.Println("twin pairs below 100:", twin)
	goldbach := map[int][2]int{}
	for n := 4; n <= 30; n += 2 {
		for _, p := range ps {
			q := n - p
			if q < p {
				break
			}
			isPrime := true
			for _, d := range ps {
				if d*d > q {
					break
				}
				if q%d == 0 {
					isPrime = false
					break
				}
			}
			if isPrime && q > 1 {
				goldbach[n] = [2]int{p, q}
				break
			}
		}
	}
	fmt.Println(goldbach)
}
