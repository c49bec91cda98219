// select with time.After timeouts, a ticker, done channels, nil channels to disable
// cases, and context cancellation, arranged so the output is deterministic.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func slowSquare(ctx context.Context, n int, delay time.Duration) (int, error) {
	select {
	case <-time.After(delay):
		return n * n, nil
	case <-ctx.Done():
		return 0, fmt.Errorf("square(%d): %w", n, ctx.Err())
	}
}

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v*100)
		}
	}
	return out
}

func main() {
	res := make(chan string, 1)
	go func() {
		time.Sleep(50 * time.Millisecond)
		res <- "fast result"
	}()
	select {
	case r := <-res:
		fmt.Println(r)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}
	select {
	case r := <-make(chan string):
		fmt.Println(r)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timed out waiting")
	}

	ticker := time.NewTicker(10 * time.Millisecond)
	ticks := 0
	deadline := time.After(200 * time.Millisecond)
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 5 {
				ticker.Stop()
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks:", ticks)

	merged := merge(producer(3), producer(2))
	sum := 0
	for _, v := range merged {
		sum += v
	}
	fmt.Println(len(merged), sum)

	ctx, cancel := context.WithTimeout(context.Background(), 80*time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i, d := range []time.Duration{10, 20, 500, 900} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := slowSquare(ctx, i+1, d*time.Millisecond)
			if err != nil {
				results[i] = fmt.Sprintf("err %v (deadline=%v)", err, errors.Is(err, context.DeadlineExceeded))
				return
			}
			results[i] = fmt.Sprint("ok ", v)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	ctx2, cancel2 := context.WithCancel(context.Background())
	done := make(chan struct{})
	count := 0
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx2.Done():
				return
			default:
				count++
				if count == 1000 {
					cancel2()
				}
			}
		}
	}()
	<-done
	fmt.Println("stopped at", count, ctx2.Err())
	cancel2()
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop(), timer.Stop())
}
