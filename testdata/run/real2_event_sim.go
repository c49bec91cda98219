package main

import (
	"container/heap"
	"fmt"
)

type Event struct {
	At   int
	Seq  int
	Kind string
	Cust int
}

type Queue []Event

func (q Queue) Len() int { return len(q) }
func (q Queue) Less(i, j int) bool {
	if q[i].At != q[j].At {
		return q[i].At < q[j].At
	}
	return q[i].Seq < q[j].Seq
}
func (q Queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)   { *q = append(*q, x.(Event)) }
func (q *Queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Sim struct {
	q       Queue
	seq     int
	busy    bool
	waiting []int
	served  int
	waits   map[int]int
	arrived map[int]int
}

func (s *Sim) schedule(at int, kind string, cust int) {
	s.seq++
	heap.Push(&s.q, Event{at, s.seq, kind, cust})
}

func main() {
	s := &Sim{waits: map[int]int{}, arrived: map[int]int{}}
	arrivals := []int{0, 1, 2, 6, 7, 7, 15}
	service := []int{3, 2, 4, 1, 2, 2, 1}
	for i, t := range arrivals {
		s.schedule(t, "arrive", i)
	}
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(Event)
		switch e.Kind {
		case "arrive":
			s.arrived[e.Cust] = e.At
			if !s.busy {
				s.busy = true
				s.waits[e.Cust] = 0
				s.schedule(e.At+service[e.Cust], "depart", e.Cust)
			} else {
				s.waiting = append(s.waiting, e.Cust)
			}
		case "depart":
			s.served++
			if len(s.waiting) > 0 {
				next := s.waiting[0]
				s.waiting = s.waiting[1:]
				s.waits[next] = e.At - s.arrived[next]
				s.schedule(e.At+service[next], "depart", next)
			} else {
				s.busy = false
			}
		}
		fmt.Printf("t=%2d %-6s cust=%d queue=%v\n", e.At, e.Kind, e.Cust, s.waiting)
	}
	total := 0
	for c := 0; c < len(arrivals); c++ {
		total += s.waits[c]
	}
	fmt.Printf("served=%d avg wait=%.3f\n", s.served, float64(total)/float64(len(arrivals)))
}
