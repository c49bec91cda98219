package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrFunds = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

// Transfer locks both accounts in id order so two opposite transfers cannot deadlock.
func Transfer(from, to *Account, amount int) error {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from #%d: %w", amount, from.id, ErrFunds)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	accts := []*Account{{id: 0, balance: 1000}, {id: 1, balance: 1000}, {id: 2, balance: 1000}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from, to := accts[i%3], accts[(i+1)%3]
			if err := Transfer(from, to, 7); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total:", total, "failures:", failures)
	err := Transfer(accts[0], accts[1], 1_000_000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrFunds))
}
