package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type TxError struct {
	Op     string
	Amount int
	Err    error
}

func (e *TxError) Error() string { return fmt.Sprintf("%s %d: %v", e.Op, e.Amount, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Balance int
	History []string
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(id string, initial int) *Account {
	a := &Account{ID: id, Balance: initial}
	b.accounts[id] = a
	a.History = append(a.History, fmt.Sprintf("open %d", initial))
	return a
}

func (b *Bank) Withdraw(id string, amt int) error {
	a, ok := b.accounts[id]
	if !ok {
		return &TxError{"withdraw", amt, fmt.Errorf("account %q: %w", id, ErrNoAccount)}
	}
	if a.Balance < amt {
		return &TxError{"withdraw", amt, ErrInsufficient}
	}
	a.Balance -= amt
	a.History = append(a.History, fmt.Sprintf("withdraw %d", amt))
	return nil
}

func (b *Bank) Transfer(from, to string, amt int) error {
	if err := b.Withdraw(from, amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	dst, ok := b.accounts[to]
	if !ok {
		b.accounts[from].Balance += amt
		return fmt.Errorf("transfer %s->%s: %w", from, to, ErrNoAccount)
	}
	dst.Balance += amt
	dst.History = append(dst.History, fmt.Sprintf("deposit %d from %s", amt, from))
	return nil
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	steps := []struct {
		from, to string
		amt      int
	}{{"alice", "bob", 30}, {"bob", "alice", 200}, {"carol", "bob", 5}, {"bob", "dave", 10}, {"alice", "bob", 70}}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.amt)
		var te *TxError
		switch {
		case err == nil:
			fmt.Println("ok", s.from, s.to, s.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.As(err, &te):
			fmt.Printf("tx error op=%s amount=%d: %v\n", te.Op, te.Amount, err)
		case errors.Is(err, ErrNoAccount):
			fmt.Println("missing:", err)
		}
	}
	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%-6s %4d %v\n", a.ID, a.Balance, a.History)
	}
}
