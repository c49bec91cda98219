package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Group runs tasks in goroutines; the first error cancels the others' context.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func task(ctx context.Context, name string, d time.Duration, fail bool) error {
	select {
	case <-time.After(d):
		if fail {
			return fmt.Errorf("task %s: %w", name, errors.New("bad input"))
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("task %s: %w", name, ctx.Err())
	}
}

func main() {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	var cancelled []string
	names := []string{"a", "b", "c"}
	delays := []time.Duration{10 * time.Millisecond, 30 * time.Millisecond, 200 * time.Millisecond}
	for i := range names {
		name, d := names[i], delays[i]
		g.Go(func() error {
			err := task(ctx, name, d, name == "b")
			if errors.Is(err, context.Canceled) {
				mu.Lock()
				cancelled = append(cancelled, name)
				mu.Unlock()
			}
			return err
		})
	}
	err := g.Wait()
	fmt.Println("group error:", err)
	fmt.Println("cancelled tasks:", cancelled)

	g2, _ := WithContext(context.Background())
	total := 0
	var tmu sync.Mutex
	for i := 1; i <= 5; i++ {
		n := i
		g2.Go(func() error {
			tmu.Lock()
			total += n
			tmu.Unlock()
			return nil
		})
	}
	fmt.Println("second group:", g2.Wait(), total)
}
