package main

import (
	"errors"
	"fmt"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	Owner   string
	Balance float64
	history []string
}

func NewAccount(owner string, initial float64) *Account {
	a := &Account{Owner: owner, Balance: initial}
	a.log("open", initial)
	return a
}

func (a *Account) log(kind string, amount float64) {
	a.history = append(a.history, fmt.Sprintf("%s %.2f", kind, amount))
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("invalid deposit amount: %.2f", amount)
	}
	a.Balance += amount
	a.log("deposit", amount)
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount > a.Balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amount, a.Owner, ErrInsufficientFunds)
	}
	a.Balance -= amount
	a.log("withdraw", amount)
	return nil
}

func Transfer(from, to *Account, amount float64) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amount)
}

func main() {
	alice := NewAccount("Alice", 100)
	bob := NewAccount("Bob", 50)

	if err := alice.Deposit(-5); err != nil {
		fmt.Println("error:", err)
	}
	if err := Transfer(alice, bob, 30); err != nil {
		fmt.Println("error:", err)
	}
	err := Transfer(bob, alice, 500)
	if err != nil {
		fmt.Println("error:", err)
		if errors.Is(err, ErrInsufficientFunds) {
			fmt.Println("  (insufficient funds detected)")
		}
	}
	for _, acc := range []*Account{alice, bob} {
		fmt.Printf("%s: %.2f\n", acc.Owner, acc.Balance)
		for i, h := range acc.history {
			fmt.Println("  ", i, h)
		}
	}
}
