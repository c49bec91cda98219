// A vending machine as a state machine: typed states and events with String methods,
// a transition table, and an audit trail.
package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoins
	Vending
	OutOfStock
)

var stateNames = [...]string{"Idle", "HasCoins", "Vending", "OutOfStock"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type EventKind uint8

const (
	Coin EventKind = iota + 1
	Select
	Refund
	Restock
)

func (e EventKind) String() string {
	return [...]string{"?", "Coin", "Select", "Refund", "Restock"}[e]
}

type Event struct {
	Kind   EventKind
	Amount int
	Item   string
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []string
}

type transition func(m *Machine, e Event) (State, error)

var table = map[State]map[EventKind]transition{
	Idle: {
		Coin: func(m *Machine, e Event) (State, error) { m.credit += e.Amount; return HasCoins, nil },
	},
	HasCoins: {
		Coin: func(m *Machine, e Event) (State, error) { m.credit += e.Amount; return HasCoins, nil },
		Refund: func(m *Machine, e Event) (State, error) {
			m.log("refund %d", m.credit)
			m.credit = 0
			return Idle, nil
		},
		Select: func(m *Machine, e Event) (State, error) {
			price, ok := m.prices[e.Item]
			if !ok {
				return HasCoins, fmt.Errorf("no such item %q", e.Item)
			}
			if m.stock[e.Item] == 0 {
				return HasCoins, fmt.Errorf("%s sold out", e.Item)
			}
			if m.credit < price {
				return HasCoins, fmt.Errorf("need %d more for %s", price-m.credit, e.Item)
			}
			m.credit -= price
			m.stock[e.Item]--
			m.log("vend %s, change %d", e.Item, m.credit)
			m.credit = 0
			if m.total() == 0 {
				return OutOfStock, nil
			}
			return Idle, nil
		},
	},
	OutOfStock: {
		Restock: func(m *Machine, e Event) (State, error) { m.stock[e.Item] += e.Amount; return Idle, nil },
		Coin:    func(m *Machine, e Event) (State, error) { m.log("reject coin %d", e.Amount); return OutOfStock, nil },
	},
}

func (m *Machine) log(format string, args ...any) {
	m.history = append(m.history, fmt.Sprintf(format, args...))
}

func (m *Machine) total() int {
	n := 0
	for _, c := range m.stock {
		n += c
	}
	return n
}

func (m *Machine) Handle(e Event) {
	handlers, ok := table[m.state]
	var next State
	var err error
	if h, found := handlers[e.Kind]; ok && found {
		next, err = h(m, e)
	} else {
		next, err = m.state, fmt.Errorf("event %v not allowed in state %v", e.Kind, m.state)
	}
	status := "ok"
	if err != nil {
		status = "error: " + err.Error()
	}
	fmt.Printf("%-10v + %-8v -> %-10v %s\n", m.state, e.Kind, next, status)
	m.state = next
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 1, "chips": 1},
		prices: map[string]int{"cola": 150, "chips": 100},
	}
	events := []Event{
		{Kind: Select, Item: "cola"},
		{Kind: Coin, Amount: 100},
		{Kind: Select, Item: "cola"},
		{Kind: Coin, Amount: 100},
		{Kind: Select, Item: "tea"},
		{Kind: Select, Item: "cola"},
		{Kind: Coin, Amount: 25},
		{Kind: Refund},
		{Kind: Coin, Amount: 200},
		{Kind: Select, Item: "cola"},
		{Kind: Select, Item: "chips"},
		{Kind: Coin, Amount: 100},
		{Kind: Select, Item: "chips"},
		{Kind: Coin, Amount: 5},
		{Kind: Restock, Item: "cola", Amount: 3},
		{Kind: Refund},
	}
	for _, e := range events {
		m.Handle(e)
	}
	fmt.Println(strings.Join(m.history, "; "))
	fmt.Println(m.state, State(9), m.stock)
}
