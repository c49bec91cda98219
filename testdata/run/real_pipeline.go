package main

import (
	"fmt"
	"strings"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func mapStage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func filterStage(in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string, 4)
	go func() {
		defer close(out)
		for s := range in {
			if keep(s) {
				out <- s
			}
		}
	}()
	return out
}

func main() {
	src := generate("alpha", "beta", "gamma", "delta", "epsilon", "zeta")
	upper := mapStage(src, strings.ToUpper)
	long := filterStage(upper, func(s string) bool { return len(s) > 4 })
	var got []string
	for s := range long {
		got = append(got, s)
	}
	fmt.Println(strings.Join(got, ", "), len(got))
	done := make(chan struct{})
	results := make(chan int)
	go func() {
		sum := 0
		for v := range results {
			sum += v
		}
		fmt.Println("sum:", sum)
		close(done)
	}()
	for i := 1; i <= 10; i++ {
		results <- i * i
	}
	close(results)
	<-done
	sem := make(chan bool, 2)
	for i := 0; i < 3; i++ {
		select {
		case sem <- true:
			fmt.Println("acquired", i)
		default:
			fmt.Println("busy", i)
		}
	}
}
