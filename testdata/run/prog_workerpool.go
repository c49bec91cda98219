// A worker pool computing results out of order, collected into a slice by index so the
// report is in input order; errors travel with results.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type job struct {
	id    int
	input string
}

type result struct {
	id     int
	output string
	err    error
}

var errEmpty = errors.New("empty input")

func process(j job) result {
	if strings.TrimSpace(j.input) == "" {
		return result{id: j.id, err: fmt.Errorf("job %d: %w", j.id, errEmpty)}
	}
	words := strings.Fields(j.input)
	for i, w := range words {
		runes := []rune(w)
		for a, b := 0, len(runes)-1; a < b; a, b = a+1, b-1 {
			runes[a], runes[b] = runes[b], runes[a]
		}
		words[i] = string(runes)
	}
	return result{id: j.id, output: strings.Join(words, " ")}
}

func main() {
	inputs := []string{"hello world", "gophers unite", "   ", "racecar level", "Go é legal", "", "one"}
	jobs := make(chan job)
	results := make(chan result, len(inputs))
	var wg sync.WaitGroup
	const workers = 3
	processed := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				processed[w]++
				results <- process(j)
			}
		}(w)
	}
	go func() {
		for i, in := range inputs {
			jobs <- job{i, in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]result, len(inputs))
	for r := range results {
		ordered[r.id] = r
	}
	failed := 0
	for _, r := range ordered {
		if r.err != nil {
			failed++
			fmt.Printf("#%d error: %v (empty: %t)\n", r.id, r.err, errors.Is(r.err, errEmpty))
			continue
		}
		fmt.Printf("#%d %q\n", r.id, r.output)
	}
	total := 0
	for _, n := range processed {
		total += n
	}
	fmt.Printf("%d jobs, %d failed, %d processed\n", len(inputs), failed, total)
}
