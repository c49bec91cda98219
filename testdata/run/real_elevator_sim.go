package main

import (
	"fmt"
	"sort"
)

type Dir int

const (
	Idle Dir = iota
	Up
	Down
)

func (d Dir) String() string { return [...]string{"idle", "up", "down"}[d] }

type Elevator struct {
	Floor    int
	Dir      Dir
	Requests map[int]bool
	Log      []string
}

func (e *Elevator) Call(floors ...int) {
	for _, f := range floors {
		e.Requests[f] = true
	}
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.Requests {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) Step() bool {
	if e.Requests[e.Floor] {
		delete(e.Requests, e.Floor)
		e.Log = append(e.Log, fmt.Sprintf("open@%d", e.Floor))
		return true
	}
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = Idle
		return false
	}
	above, below := false, false
	for _, f := range fs {
		if f > e.Floor {
			above = true
		}
		if f < e.Floor {
			below = true
		}
	}
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		e.Dir = Up
	case below:
		e.Dir = Down
	default:
		e.Dir = Up
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	return true
}

func main() {
	e := &Elevator{Requests: map[int]bool{}}
	e.Call(5, 2)
	steps := 0
	for e.Step() {
		steps++
		if steps == 3 {
			e.Call(1, 7)
		}
		if steps > 50 {
			fmt.Println("runaway")
			break
		}
	}
	fmt.Println(steps, e.Floor, e.Dir, e.Log)
}
