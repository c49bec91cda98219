package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Qty      int
	PriceCts int
}

type Inventory struct {
	items map[string]*Item
}

type StockError struct {
	SKU       string
	Requested int
	Available int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: requested %d, only %d available", e.SKU, e.Requested, e.Available)
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(sku, name string, qty, price int) {
	if it, ok := inv.items[sku]; ok {
		it.Qty += qty
		return
	}
	inv.items[sku] = &Item{SKU: sku, Name: name, Qty: qty, PriceCts: price}
}

func (inv *Inventory) Remove(sku string, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("unknown sku %q", sku)
	}
	if it.Qty < qty {
		return &StockError{sku, qty, it.Qty}
	}
	it.Qty -= qty
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
	return nil
}

func (inv *Inventory) Value() int {
	total := 0
	for _, it := range inv.items {
		total += it.Qty * it.PriceCts
	}
	return total
}

func (inv *Inventory) Report() string {
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var b strings.Builder
	for _, s := range skus {
		it := inv.items[s]
		fmt.Fprintf(&b, "%-6s %-10s %4d @ $%d.%02d\n", it.SKU, it.Name, it.Qty, it.PriceCts/100, it.PriceCts%100)
	}
	return b.String()
}

func main() {
	inv := NewInventory()
	inv.Add("A100", "widget", 10, 250)
	inv.Add("B200", "gadget", 3, 1999)
	inv.Add("C300", "doohickey", 7, 75)
	inv.Add("A100", "widget", 5, 250)
	fmt.Print(inv.Report())
	for _, req := range []struct {
		sku string
		n   int
	}{{"A100", 4}, {"B200", 5}, {"Z999", 1}, {"C300", 7}} {
		if err := inv.Remove(req.sku, req.n); err != nil {
			var se *StockError
			if errors_As(err, &se) {
				fmt.Println("stock error:", se.SKU, se.Available)
			}
			fmt.Println("error:", err)
		}
	}
	fmt.Print(inv.Report())
	v := inv.Value()
	fmt.Printf("total value: $%d.%02d\n", v/100, v%100)
}

func errors_As(err error, target **StockError) bool {
	if se, ok := err.(*StockError); ok {
		*target = se
		return true
	}
	return false
}
