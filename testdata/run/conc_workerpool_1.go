package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	id     int
	worker int
	sum    int
}

func digitSum(n int) int {
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

func main() {
	jobs := make(chan job, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, w, digitSum(j.n)}
			}
		}(w)
	}
	go func() {
		for i := 0; i < 25; i++ {
			jobs <- job{i, i*i*97 + 13}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	total := 0
	for _, r := range all {
		fmt.Printf("job %2d -> %d\n", r.id, r.sum)
		total += r.sum
	}
	fmt.Println("jobs:", len(all), "total:", total, "some worker ran:", len(workers) >= 1)
}
