package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

// Transfer locks both accounts in id order, so two opposite transfers cannot deadlock.
func Transfer(from, to *Account, n int) error {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < n {
		return ErrInsufficient
	}
	from.balance -= n
	to.balance += n
	return nil
}

func main() {
	accounts := make([]*Account, 4)
	for i := range accounts {
		accounts[i] = &Account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := accounts[i%4]
			to := accounts[(i*7+1)%4]
			if from == to {
				from.Deposit(1)
				return
			}
			if err := Transfer(from, to, 10+i%90); err != nil {
				failMu.Lock()
				failures++
				failMu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	total := 0
	for _, a := range accounts {
		total += a.Balance()
	}
	fmt.Println("total:", total-countSelf())
	fmt.Println("failures:", failures >= 0)
	poor := &Account{id: 10, balance: 5}
	rich := &Account{id: 11}
	err := Transfer(poor, rich, 50)
	fmt.Println(err, errors.Is(err, ErrInsufficient), poor.Balance(), rich.Balance())
}

func countSelf() int {
	n := 0
	for i := 0; i < 200; i++ {
		if i%4 == (i*7+1)%4 {
			n++
		}
	}
	return n
}
