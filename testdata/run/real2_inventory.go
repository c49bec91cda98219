package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Category int

const (
	Tools Category = iota
	Food
	Toys
)

func (c Category) String() string {
	switch c {
	case Tools:
		return "tools"
	case Food:
		return "food"
	case Toys:
		return "toys"
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

type Item struct {
	SKU   string
	Name  string
	Cat   Category
	Qty   int
	Price float64
}

const data = `H-100,hammer,0,12,9.99
F-201,apple,1,140,0.35
T-300,yo-yo,2,0,2.50
H-101,wrench,0,4,14.25
F-202,bread,1,20,2.10
X-999,mystery,7,1,100`

func main() {
	var items []Item
	for i, line := range strings.Split(data, "\n") {
		f := strings.Split(line, ",")
		cat, _ := strconv.Atoi(f[2])
		qty, err := strconv.Atoi(f[3])
		if err != nil {
			fmt.Println("line", i, err)
			continue
		}
		price, _ := strconv.ParseFloat(f[4], 64)
		items = append(items, Item{f[0], f[1], Category(cat), qty, price})
	}
	totals := map[Category]float64{}
	for _, it := range items {
		totals[it.Cat] += float64(it.Qty) * it.Price
	}
	cats := []Category{}
	for c := range totals {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return cats[i] < cats[j] })
	for _, c := range cats {
		fmt.Printf("%-12v %8.2f\n", c, totals[c])
	}
	fmt.Println("-- low stock --")
	for _, it := range items {
		if it.Qty < 5 {
			fmt.Printf("%s %-8s qty=%d (%v)\n", it.SKU, it.Name, it.Qty, it.Cat)
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].Price*float64(items[i].Qty) > items[j].Price*float64(items[j].Qty) })
	fmt.Printf("%+v\n", items[0])
	fmt.Printf("%v\n", items[len(items)-1])
	fmt.Printf("%d %s %x %q\n", Toys, Toys, Food, Tools)
}
