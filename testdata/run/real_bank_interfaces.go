package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account interface {
	ID() string
	Balance() int
	Deposit(int)
	Withdraw(int) error
}

type base struct {
	id  string
	bal int
	log []string
}

func (b *base) ID() string     { return b.id }
func (b *base) Balance() int   { return b.bal }
func (b *base) Deposit(n int)  { b.bal += n; b.record("dep", n) }
func (b *base) record(k string, n int) {
	b.log = append(b.log, fmt.Sprintf("%s:%d", k, n))
}

type Checking struct {
	base
	overdraft int
}

func (c *Checking) Withdraw(n int) error {
	if c.bal-n < -c.overdraft {
		return fmt.Errorf("%s: overdraft limit %d exceeded", c.id, c.overdraft)
	}
	c.bal -= n
	c.record("wd", n)
	return nil
}

type Savings struct {
	base
	rate int
}

func (s *Savings) Withdraw(n int) error {
	if n > s.bal {
		return fmt.Errorf("%s: cannot withdraw %d, balance %d", s.id, n, s.bal)
	}
	s.bal -= n
	s.record("wd", n)
	return nil
}

func (s *Savings) AddInterest() {
	s.Deposit(s.bal * s.rate / 100)
}

type Bank struct {
	accounts map[string]Account
}

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) Transfer(from, to string, n int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	dst.Deposit(n)
	return nil
}

func (b *Bank) Summary() string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sb strings.Builder
	total := 0
	for _, id := range ids {
		a := b.accounts[id]
		kind := "?"
		switch a.(type) {
		case *Checking:
			kind = "checking"
		case *Savings:
			kind = "savings"
		}
		fmt.Fprintf(&sb, "%s %-8s %6d\n", id, kind, a.Balance())
		total += a.Balance()
	}
	fmt.Fprintf(&sb, "total %d\n", total)
	return sb.String()
}

func main() {
	bank := &Bank{accounts: map[string]Account{}}
	c := &Checking{base{id: "C1"}, 100}
	s := &Savings{base{id: "S1", bal: 1000}, 5}
	bank.Open(c)
	bank.Open(s)
	steps := []struct {
		from, to string
		n        int
	}{{"S1", "C1", 300}, {"C1", "S1", 350}, {"C1", "S1", 100}, {"S1", "X9", 1}, {"S1", "C1", 5000}}
	for _, st := range steps {
		if err := bank.Transfer(st.from, st.to, st.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	s.AddInterest()
	fmt.Print(bank.Summary())
	fmt.Println(c.log, s.log)
	for _, a := range []Account{c, s} {
		if sv, ok := a.(*Savings); ok {
			fmt.Println("savings rate", sv.rate)
		}
	}
}
