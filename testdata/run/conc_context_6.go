package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var ErrSlowDB = errors.New("database too slow")

// Timeout causes, and collecting partial results before the deadline.
func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 100*time.Millisecond, ErrSlowDB)
	defer cancel()
	results := make(chan int)
	for i := 1; i <= 5; i++ {
		go func() {
			time.Sleep(time.Duration(i*40) * time.Millisecond) // 40, 80, 120, 160, 200 ms
			select {
			case results <- i:
			case <-ctx.Done():
			}
		}()
	}
	var got []int
loop:
	for {
		select {
		case r := <-results:
			got = append(got, r)
		case <-ctx.Done():
			break loop
		}
	}
	fmt.Println("partial:", got)
	fmt.Println("err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println(errors.Is(context.Cause(ctx), ErrSlowDB))

	ctx2, cancel2 := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Hour), ErrSlowDB)
	cancel2()
	fmt.Println("cancelled early:", ctx2.Err(), "/", context.Cause(ctx2))
}
