package main

import (
	"fmt"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Worker int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- Result{JobID: j.ID, Output: collatzSteps(j.Input), Worker: id}
	}
}

func main() {
	const numJobs = 20
	const numWorkers = 4
	jobs := make(chan Job, numJobs)
	results := make(chan Result, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < numJobs; i++ {
		jobs <- Job{ID: i, Input: i + 1}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	outputs := make([]int, numJobs)
	perWorker := make(map[int]int)
	for r := range results {
		outputs[r.JobID] = r.Output
		perWorker[r.Worker]++
	}
	for i, o := range outputs {
		fmt.Printf("collatz(%d) = %d steps\n", i+1, o)
	}
	total := 0
	for w := 1; w <= numWorkers; w++ {
		total += perWorker[w]
	}
	fmt.Println("jobs done:", total, "workers used:", len(perWorker) > 0)
}
