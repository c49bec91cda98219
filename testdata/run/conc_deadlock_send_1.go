package main

import "fmt"

type Job struct {
	ID   int
	Name string
}

// A buffered queue fills up and nobody receives: the fourth enqueue blocks main.
func enqueue(q chan Job, j Job) {
	fmt.Println("enqueue", j.ID, j.Name, "len", len(q), "cap", cap(q))
	q <- j
}

func main() {
	queue := make(chan Job, 3)
	names := []string{"build", "test", "lint", "deploy"}
	for i, n := range names {
		enqueue(queue, Job{i + 1, n})
	}
	fmt.Println("unreachable")
}
