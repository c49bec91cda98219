package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Deadlines: the nearer of parent and child wins; a child cannot extend its parent.
func main() {
	parent, cancel := context.WithTimeout(context.Background(), 40*time.Millisecond)
	defer cancel()
	child, cancel2 := context.WithTimeout(parent, time.Hour)
	defer cancel2()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is parent's:", cd.Equal(pd))

	err := slowOp(child, 5*time.Millisecond)
	fmt.Println("short op:", err)
	err = slowOp(child, 2*time.Second)
	fmt.Println("long op:", err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	fmt.Println("timeout error:", errors.As(err, &te) && te.Timeout())

	past, cancel3 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel3()
	fmt.Println("past deadline:", past.Err())
}
