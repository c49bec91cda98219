package main

import (
	"fmt"
	"sync"
	"time"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, wg *sync.WaitGroup, host chan struct{}) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{} // at most n-1 at the table
		p.left.Lock()
		p.right.Lock()
		p.meals++
		time.Sleep(time.Millisecond)
		p.right.Unlock()
		p.left.Unlock()
		<-host
	}
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Descartes"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, len(names))
	for i, n := range names {
		phils[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}
	host := make(chan struct{}, len(names)-1)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, &wg, host)
	}
	wg.Wait()
	for _, p := range phils {
		fmt.Printf("%s ate %d meals\n", p.name, p.meals)
	}
}
