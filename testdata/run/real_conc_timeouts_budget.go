package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

type Step struct {
	Name string
	Cost time.Duration
}

func runStep(ctx context.Context, s Step) error {
	t := time.NewTimer(s.Cost)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("step %q aborted: %w", s.Name, ctx.Err())
	}
}

func runPlan(budget time.Duration, steps []Step) (done []string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	for _, s := range steps {
		if err := runStep(ctx, s); err != nil {
			return done, err
		}
		done = append(done, s.Name)
	}
	return done, nil
}

func main() {
	plan := []Step{{"fetch", 10 * time.Millisecond}, {"parse", 10 * time.Millisecond}, {"render", 60 * time.Millisecond}}
	done, err := runPlan(200*time.Millisecond, plan)
	fmt.Println(strings.Join(done, ","), err)
	done, err = runPlan(45*time.Millisecond, plan)
	fmt.Println(strings.Join(done, ","), err)
	deadline, ok := context.Background().Deadline()
	fmt.Println(deadline.IsZero(), ok)
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(time.Hour))
	d, ok := ctx.Deadline()
	fmt.Println(time.Until(d) > 59*time.Minute, ok)
	cancel()
	fmt.Println(ctx.Err())
}
