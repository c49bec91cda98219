package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("operation timed out")

func fetch(name string, delay time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		ch <- "result of " + name
	}()
	return ch
}

func fetchWithTimeout(name string, delay, timeout time.Duration) (string, error) {
	select {
	case r := <-fetch(name, delay):
		return r, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("%s: %w", name, ErrTimeout)
	}
}

func main() {
	cases := []struct {
		name           string
		delay, timeout time.Duration
	}{
		{"quick", 10 * time.Millisecond, 60 * time.Millisecond},
		{"slow", 80 * time.Millisecond, 20 * time.Millisecond},
		{"borderline", 20 * time.Millisecond, 70 * time.Millisecond},
	}
	for _, c := range cases {
		r, err := fetchWithTimeout(c.name, c.delay, c.timeout)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrTimeout))
			continue
		}
		fmt.Println("ok:", r)
	}

	// Polling with a default case until a deadline passes.
	done := make(chan struct{})
	go func() {
		time.Sleep(30 * time.Millisecond)
		close(done)
	}()
	polls := 0
	for finished := false; !finished; {
		select {
		case <-done:
			finished = true
		default:
			polls++
			time.Sleep(5 * time.Millisecond)
		}
	}
	fmt.Println("polled before done:", polls > 1)

	// A timer stopped before it fires never delivers.
	t := time.NewTimer(20 * time.Millisecond)
	if t.Stop() {
		fmt.Println("timer stopped")
	}
	select {
	case <-t.C:
		fmt.Println("unexpected fire")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("no stale tick")
	}
}
