package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrTimeout = errors.New("timeout")

// Errors from concurrent checks, kept in input order and joined.
func check(host string) error {
	switch {
	case len(host) > 10:
		return fmt.Errorf("%s: %w", host, ErrTimeout)
	case host == "":
		return errors.New("empty host")
	}
	return nil
}

func main() {
	hosts := []string{"a.io", "very-long-host.example", "", "b.io", "another-slow.example"}
	errs := make([]error, len(hosts))
	var wg sync.WaitGroup
	for i, h := range hosts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = check(h)
		}()
	}
	wg.Wait()
	err := errors.Join(errs...)
	fmt.Println(err)
	fmt.Println("is timeout:", errors.Is(err, ErrTimeout))
	fmt.Println("all ok:", errors.Join(errs[0], errs[3]) == nil)
}
