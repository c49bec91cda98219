package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Workers stop when the context is cancelled by the first one that finds the target.
func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	target := 737
	var wg sync.WaitGroup
	var mu sync.Mutex
	var finders []int
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for n := w; n < 10000; n += 4 {
				select {
				case <-ctx.Done():
					return
				default:
				}
				if n == target {
					mu.Lock()
					finders = append(finders, w)
					mu.Unlock()
					cancel(fmt.Errorf("found %d", n))
					return
				}
			}
		}(w)
	}
	wg.Wait()
	sort.Ints(finders)
	fmt.Println("finders:", finders)
	fmt.Println("err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))

	plain, c := context.WithCancel(context.Background())
	c()
	fmt.Println("plain cause:", context.Cause(plain))
}
