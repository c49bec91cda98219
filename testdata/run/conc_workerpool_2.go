package main

import (
	"errors"
	"fmt"
	"sync"
)

// A pool whose results keep their input order: each result goes into its own slot.
func process(s string) (string, error) {
	if s == "" {
		return "", errors.New("empty input")
	}
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b), nil
}

func main() {
	inputs := []string{"alpha", "beta", "", "gamma", "delta", "", "epsilon"}
	outs := make([]string, len(inputs))
	errs := make([]error, len(inputs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				outs[i], errs[i] = process(inputs[i])
			}
		}()
	}
	for i := range inputs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	failed := 0
	for i := range inputs {
		if errs[i] != nil {
			failed++
			fmt.Printf("%d: error: %v\n", i, errs[i])
			continue
		}
		fmt.Printf("%d: %s\n", i, outs[i])
	}
	fmt.Println("failed:", failed)
}
