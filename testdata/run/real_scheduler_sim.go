package main

import (
	"fmt"
	"sort"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

func (p Priority) String() string {
	return [...]string{"low", "medium", "high"}[p]
}

type Task struct {
	ID       int
	Name     string
	Priority Priority
	Duration int
	Deps     []int
}

type Scheduler struct {
	tasks map[int]*Task
	done  map[int]bool
	clock int
}

func (s *Scheduler) Add(t *Task) { s.tasks[t.ID] = t }

func (s *Scheduler) ready() []*Task {
	var r []*Task
	for _, t := range s.tasks {
		if s.done[t.ID] {
			continue
		}
		ok := true
		for _, d := range t.Deps {
			if !s.done[d] {
				ok = false
				break
			}
		}
		if ok {
			r = append(r, t)
		}
	}
	sort.Slice(r, func(i, j int) bool {
		if r[i].Priority != r[j].Priority {
			return r[i].Priority > r[j].Priority
		}
		return r[i].ID < r[j].ID
	})
	return r
}

func (s *Scheduler) Run() error {
	for len(s.done) < len(s.tasks) {
		r := s.ready()
		if len(r) == 0 {
			var stuck []int
			for id := range s.tasks {
				if !s.done[id] {
					stuck = append(stuck, id)
				}
			}
			sort.Ints(stuck)
			return fmt.Errorf("dependency cycle among tasks %v", stuck)
		}
		t := r[0]
		s.clock += t.Duration
		s.done[t.ID] = true
		fmt.Printf("t=%3d ran #%d %-8s (%v)\n", s.clock, t.ID, t.Name, t.Priority)
	}
	return nil
}

func main() {
	s := &Scheduler{tasks: map[int]*Task{}, done: map[int]bool{}}
	s.Add(&Task{1, "fetch", Medium, 5, nil})
	s.Add(&Task{2, "parse", High, 3, []int{1}})
	s.Add(&Task{3, "lint", Low, 2, nil})
	s.Add(&Task{4, "build", High, 10, []int{2}})
	s.Add(&Task{5, "test", Medium, 7, []int{4, 3}})
	s.Add(&Task{6, "docs", Low, 1, nil})
	if err := s.Run(); err != nil {
		fmt.Println("error:", err)
	}
	c := &Scheduler{tasks: map[int]*Task{}, done: map[int]bool{}}
	c.Add(&Task{1, "a", Low, 1, []int{2}})
	c.Add(&Task{2, "b", Low, 1, []int{1}})
	c.Add(&Task{3, "c", High, 1, nil})
	if err := c.Run(); err != nil {
		fmt.Println("error:", err)
	}
}
