package main

import "fmt"

type Customer struct {
	ID      int
	Arrive  int
	Service int
}

type Teller struct {
	Name   string
	BusyTo int
	Served []int
}

type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state ^= r.state << 13
	r.state ^= r.state >> 7
	r.state ^= r.state << 17
	return r.state
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func main() {
	r := &rng{state: 42}
	var customers []Customer
	t := 0
	for i := 1; i <= 12; i++ {
		t += r.intn(4)
		customers = append(customers, Customer{i, t, 2 + r.intn(5)})
	}
	tellers := []*Teller{{Name: "T1"}, {Name: "T2"}}
	totalWait := 0
	for _, c := range customers {
		best := tellers[0]
		for _, tl := range tellers[1:] {
			if tl.BusyTo < best.BusyTo {
				best = tl
			}
		}
		start := c.Arrive
		if best.BusyTo > start {
			start = best.BusyTo
		}
		wait := start - c.Arrive
		totalWait += wait
		best.BusyTo = start + c.Service
		best.Served = append(best.Served, c.ID)
		fmt.Printf("cust %2d arrive %2d start %2d wait %d at %s\n", c.ID, c.Arrive, start, wait, best.Name)
	}
	for _, tl := range tellers {
		fmt.Println(tl.Name, "served", tl.Served, "until", tl.BusyTo)
	}
	fmt.Printf("avg wait %.3f\n", float64(totalWait)/float64(len(customers)))
}
