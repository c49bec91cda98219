package main

import (
	"errors"
	"fmt"
	"sort"
)

type Product struct {
	Name  string
	Price int
	Stock int
}

type Machine struct {
	products map[string]*Product
	credit   int
	sales    map[string]int
}

var (
	ErrUnknown   = errors.New("unknown product")
	ErrSoldOut   = errors.New("sold out")
	ErrNoCredits = errors.New("insufficient credit")
)

type PurchaseError struct {
	Product string
	Err     error
}

func (e *PurchaseError) Error() string { return "buy " + e.Product + ": " + e.Err.Error() }
func (e *PurchaseError) Unwrap() error { return e.Err }

func NewMachine() *Machine {
	return &Machine{products: map[string]*Product{}, sales: map[string]int{}}
}

func (m *Machine) Stock(name string, price, n int) {
	if p, ok := m.products[name]; ok {
		p.Stock += n
		return
	}
	m.products[name] = &Product{name, price, n}
}

func (m *Machine) Insert(coins ...int) {
	for _, c := range coins {
		m.credit += c
	}
}

func (m *Machine) Buy(name string) (change int, err error) {
	p, ok := m.products[name]
	switch {
	case !ok:
		return 0, &PurchaseError{name, ErrUnknown}
	case p.Stock == 0:
		return 0, &PurchaseError{name, ErrSoldOut}
	case m.credit < p.Price:
		return 0, &PurchaseError{name, fmt.Errorf("%w: need %d more", ErrNoCredits, p.Price-m.credit)}
	}
	p.Stock--
	m.sales[name]++
	change = m.credit - p.Price
	m.credit = 0
	return change, nil
}

func main() {
	m := NewMachine()
	m.Stock("cola", 150, 2)
	m.Stock("chips", 100, 1)
	m.Stock("cola", 150, 1)
	m.Insert(100, 25, 25, 25)
	attempts := []string{"cola", "chips", "water", "chips", "cola"}
	for _, a := range attempts {
		ch, err := m.Buy(a)
		var pe *PurchaseError
		switch {
		case err == nil:
			fmt.Printf("bought %s, change %d\n", a, ch)
		case errors.Is(err, ErrNoCredits):
			fmt.Println("need money:", err)
			m.Insert(200)
		case errors.As(err, &pe) && pe.Err == ErrSoldOut:
			fmt.Println("sold out:", pe.Product)
		default:
			fmt.Println("error:", err)
		}
	}
	names := make([]string, 0, len(m.products))
	for n := range m.products {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := m.products[n]
		fmt.Printf("%-6s stock=%d sold=%d\n", p.Name, p.Stock, m.sales[n])
	}
	fmt.Println("credit left:", m.credit)
}
