package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type result struct {
	id  int
	err error
}

func search(ctx context.Context, id int, cost time.Duration) error {
	select {
	case <-time.After(cost):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func runAll(ctx context.Context, costs []time.Duration) []result {
	var wg sync.WaitGroup
	results := make([]result, len(costs))
	for i, c := range costs {
		wg.Add(1)
		go func(i int, c time.Duration) {
			defer wg.Done()
			results[i] = result{id: i, err: search(ctx, i, c)}
		}(i, c)
	}
	wg.Wait()
	return results
}

type ctxKey string

func handler(ctx context.Context) string {
	user, _ := ctx.Value(ctxKey("user")).(string)
	reqID, _ := ctx.Value(ctxKey("request-id")).(int)
	return fmt.Sprintf("handling request %d for %s", reqID, user)
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	costs := []time.Duration{10 * time.Millisecond, 100 * time.Millisecond, 20 * time.Millisecond, 200 * time.Millisecond}
	for _, r := range runAll(ctx, costs) {
		switch {
		case r.err == nil:
			fmt.Printf("search %d finished\n", r.id)
		case errors.Is(r.err, context.DeadlineExceeded):
			fmt.Printf("search %d timed out\n", r.id)
		default:
			fmt.Printf("search %d failed: %v\n", r.id, r.err)
		}
	}

	parent, stop := context.WithCancel(context.Background())
	child, childCancel := context.WithTimeout(parent, time.Hour)
	defer childCancel()
	go func() {
		time.Sleep(15 * time.Millisecond)
		stop()
	}()
	<-child.Done()
	fmt.Println("child ended by parent:", child.Err())

	ctx2 := context.WithValue(context.Background(), ctxKey("user"), "gopher")
	ctx2 = context.WithValue(ctx2, ctxKey("request-id"), 42)
	fmt.Println(handler(ctx2))

	cctx, cancelCause := context.WithCancelCause(context.Background())
	cancelCause(errors.New("disk full"))
	fmt.Println(cctx.Err(), "because", context.Cause(cctx))
}
