package main

import (
	"fmt"
	"time"
)

// Timeouts with select: a fast call answers, a slow one is abandoned.
func call(d time.Duration, v string) <-chan string {
	c := make(chan string, 1) // buffered: the late reply does not block forever
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func withTimeout(c <-chan string, limit time.Duration) (string, error) {
	select {
	case v := <-c:
		return v, nil
	case <-time.After(limit):
		return "", fmt.Errorf("timed out after %v", limit)
	}
}

func main() {
	v, err := withTimeout(call(5*time.Millisecond, "fast"), 100*time.Millisecond)
	fmt.Println(v, err)
	v, err = withTimeout(call(200*time.Millisecond, "slow"), 30*time.Millisecond)
	fmt.Printf("%q %v\n", v, err)
	// A value already buffered is received at once.
	c := make(chan string, 1)
	c <- "ready"
	v, err = withTimeout(c, time.Second)
	fmt.Println(v, err)
}
