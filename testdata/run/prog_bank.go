// Bank accounts shared by goroutines: transfers under a mutex, a custom error for
// insufficient funds, and a final audit in account order.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type InsufficientFundsError struct {
	Account string
	Balance int64
	Need    int64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: insufficient funds (balance %d, need %d)", e.Account, e.Balance, e.Need)
}

var ErrUnknownAccount = errors.New("unknown account")
var ErrSameAccount = errors.New("cannot transfer to the same account")

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int64
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: map[string]int64{}} }

func (b *Bank) Open(name string, initial int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[name] = initial
}

func (b *Bank) Transfer(from, to string, amount int64) error {
	if from == to {
		return ErrSameAccount
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	fb, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", from, ErrUnknownAccount)
	}
	if _, ok := b.accounts[to]; !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrUnknownAccount)
	}
	if fb < amount {
		return &InsufficientFundsError{from, fb, amount}
	}
	b.accounts[from] -= amount
	b.accounts[to] += amount
	return nil
}

func (b *Bank) Total() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	var t int64
	for _, v := range b.accounts {
		t += v
	}
	return t
}

func main() {
	bank := NewBank()
	names := []string{"alice", "bob", "carol", "dave"}
	for i, n := range names {
		bank.Open(n, int64(1000*(i+1)))
	}
	before := bank.Total()

	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := names[i%len(names)]
			to := names[(i*3+1)%len(names)]
			if err := bank.Transfer(from, to, int64(10*i)); err != nil {
				failMu.Lock()
				failures++
				failMu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total preserved:", bank.Total() == before, "failures bounded:", failures <= 40)

	errs := []error{
		bank.Transfer("alice", "alice", 1),
		bank.Transfer("alice", "zed", 1),
		bank.Transfer("erin", "bob", 1),
		bank.Transfer("alice", "bob", 1_000_000),
	}
	for _, err := range errs {
		var ife *InsufficientFundsError
		switch {
		case errors.Is(err, ErrSameAccount):
			fmt.Println("same:", err)
		case errors.Is(err, ErrUnknownAccount):
			fmt.Println("unknown:", err)
		case errors.As(err, &ife):
			fmt.Printf("short by %d: %v\n", ife.Need-ife.Balance, err)
		default:
			fmt.Println("other:", err)
		}
	}
	keys := make([]string, 0)
	for k := range bank.accounts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sum := int64(0)
	for _, k := range keys {
		sum += bank.accounts[k]
	}
	fmt.Printf("%d accounts, sum %d\n", len(keys), sum)
}
