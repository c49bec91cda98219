package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type LineItem struct {
	SKU   string
	Name  string
	Price Money
	Qty   int
}

func (li LineItem) Total() Money { return li.Price * Money(li.Qty) }

type Discount interface {
	Apply(items []LineItem, subtotal Money) (Money, string)
}

type PercentOff struct{ Pct int }

func (p PercentOff) Apply(_ []LineItem, sub Money) (Money, string) {
	return sub * Money(p.Pct) / 100, fmt.Sprintf("%d%% off", p.Pct)
}

type BuyNGetOne struct {
	SKU string
	N   int
}

func (b BuyNGetOne) Apply(items []LineItem, _ Money) (Money, string) {
	for _, it := range items {
		if it.SKU == b.SKU {
			free := it.Qty / (b.N + 1)
			return it.Price * Money(free), fmt.Sprintf("buy %d %s get 1 free (x%d)", b.N, it.Name, free)
		}
	}
	return 0, ""
}

type Cart struct {
	items     map[string]*LineItem
	discounts []Discount
}

func (c *Cart) Add(sku, name string, price Money, qty int) {
	if c.items == nil {
		c.items = map[string]*LineItem{}
	}
	if it, ok := c.items[sku]; ok {
		it.Qty += qty
		return
	}
	c.items[sku] = &LineItem{sku, name, price, qty}
}

func (c *Cart) Lines() []LineItem {
	out := make([]LineItem, 0, len(c.items))
	for _, it := range c.items {
		out = append(out, *it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SKU < out[j].SKU })
	return out
}

func (c *Cart) Receipt() string {
	var sb strings.Builder
	lines := c.Lines()
	var sub Money
	for _, li := range lines {
		fmt.Fprintf(&sb, "%-8s x%-2d %10v\n", li.Name, li.Qty, li.Total())
		sub += li.Total()
	}
	fmt.Fprintf(&sb, "%-12s %10v\n", "subtotal", sub)
	total := sub
	for _, d := range c.discounts {
		amt, why := d.Apply(lines, sub)
		if amt == 0 {
			continue
		}
		fmt.Fprintf(&sb, "%-12s %10v  (%s)\n", "discount", -amt, why)
		total -= amt
	}
	fmt.Fprintf(&sb, "%-12s %10v\n", "TOTAL", total)
	return sb.String()
}

func main() {
	var c Cart
	c.Add("A1", "apple", 50, 3)
	c.Add("B2", "bread", 325, 1)
	c.Add("C3", "cheese", 899, 2)
	c.Add("A1", "apple", 50, 4)
	c.discounts = []Discount{BuyNGetOne{"A1", 2}, PercentOff{10}, BuyNGetOne{"Z9", 1}}
	fmt.Print(c.Receipt())
	fmt.Println(Money(-1234), Money(5), len(c.Lines()))
}
