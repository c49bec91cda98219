package main

import (
	"fmt"
	"sort"
	"sync"
)

// A ledger guarded by one mutex, with concurrent deposits and a history per account.
type Ledger struct {
	mu      sync.Mutex
	balance map[string]int
	history map[string][]int
}

func (l *Ledger) Deposit(name string, amt int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.balance[name] += amt
	l.history[name] = append(l.history[name], amt)
}

func (l *Ledger) Snapshot() map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[string]int, len(l.balance))
	for k, v := range l.balance {
		out[k] = v
	}
	return out
}

func main() {
	l := &Ledger{balance: map[string]int{}, history: map[string][]int{}}
	names := []string{"ann", "bob", "cid"}
	var wg sync.WaitGroup
	for i := 1; i <= 60; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.Deposit(names[i%len(names)], i)
		}(i)
	}
	wg.Wait()
	snap := l.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		h := append([]int(nil), l.history[k]...)
		sort.Ints(h)
		fmt.Printf("%s: %d over %d deposits, first %v\n", k, snap[k], len(h), h[:3])
	}
}
