package main

import "fmt"

type stage func(<-chan int) <-chan int

func mapStage(f func(int) int) stage {
	return func(in <-chan int) <-chan int {
		out := make(chan int, 2)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	}
}

func filterStage(keep func(int) bool) stage {
	return func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				if keep(v) {
					out <- v
				}
			}
		}()
		return out
	}
}

func chain(src <-chan int, stages ...stage) <-chan int {
	for _, s := range stages {
		src = s(src)
	}
	return src
}

func main() {
	src := make(chan int)
	go func() {
		for i := 1; i <= 20; i++ {
			src <- i
		}
		close(src)
	}()
	out := chain(src,
		mapStage(func(x int) int { return x * 3 }),
		filterStage(func(x int) bool { return x%2 == 0 }),
		mapStage(func(x int) int { return x + 1 }),
	)
	var got []int
	for v := range out {
		got = append(got, v)
	}
	fmt.Println(got)
}
