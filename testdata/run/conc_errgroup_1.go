package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// An errgroup-like Group: the first error cancels the shared context, Wait returns it.
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
				g.cancel()
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	g, ctx := WithContext(context.Background())
	cancelled := make([]bool, 4)
	for i := 0; i < 4; i++ {
		g.Go(func() error {
			if i == 2 {
				time.Sleep(5 * time.Millisecond)
				return fmt.Errorf("task %d: %w", i, errors.New("disk full"))
			}
			select {
			case <-ctx.Done():
				cancelled[i] = true
				return ctx.Err()
			case <-time.After(2 * time.Second):
				return nil
			}
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("cancelled:", cancelled)

	g2, _ := WithContext(context.Background())
	for i := 0; i < 3; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println("all ok:", g2.Wait())
}
