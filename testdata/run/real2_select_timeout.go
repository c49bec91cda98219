package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string) {
	for {
		select {
		case <-ctx.Done():
			results <- fmt.Sprintf("worker %d stopping: %v", id, ctx.Err())
			return
		case j, ok := <-jobs:
			if !ok {
				results <- fmt.Sprintf("worker %d: no more jobs", id)
				return
			}
			time.Sleep(time.Duration(j) * time.Millisecond)
			results <- fmt.Sprintf("worker %d did job %d", id, j)
		}
	}
}

func slowOp(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- "done after " + d.String()
	}()
	return c
}

func main() {
	jobs := make(chan int, 4)
	results := make(chan string, 10)
	ctx, cancel := context.WithCancel(context.Background())
	go worker(ctx, 1, jobs, results)
	jobs <- 1
	fmt.Println(<-results)
	jobs <- 2
	fmt.Println(<-results)
	close(jobs)
	fmt.Println(<-results)
	cancel()

	select {
	case r := <-slowOp(5 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(200 * time.Millisecond):
		fmt.Println("timeout")
	}
	select {
	case r := <-slowOp(300 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout waiting")
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), errors.Is(ctx2.Err(), context.DeadlineExceeded))
	tick := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("nothing ready")
	}
	fmt.Println(time.Duration(1500)*time.Millisecond, 90*time.Second, time.Duration(0))
}
