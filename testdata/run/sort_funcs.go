package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type rec struct {
	k string
	v int
}

func main() {
	xs := []int{9, -3, 7, 0, 7, 2, 100, -50}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 7))
	ss := []string{"pear", "fig", "apple", "kiwi", "banana"}
	sort.Strings(ss)
	fmt.Println(ss)
	sort.Sort(byLen(ss))
	fmt.Println(ss)
	sort.Stable(sort.Reverse(byLen(ss)))
	fmt.Println(ss)
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	recs := []rec{{"b", 2}, {"a", 2}, {"c", 1}, {"d", 3}, {"e", 1}}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].v < recs[j].v })
	fmt.Println(recs)
	sort.Slice(recs, func(i, j int) bool { return recs[i].k > recs[j].k })
	fmt.Println(recs)
	big := make([]int, 300)
	for i := range big {
		big[i] = (i * 7919) % 301
	}
	sort.Slice(big, func(i, j int) bool { return big[i] < big[j] })
	fmt.Println(big[:5], big[295:], sort.SliceIsSorted(big, func(i, j int) bool { return big[i] < big[j] }))
	fmt.Println(sort.Search(len(xs), func(i int) bool { return xs[i] >= 5 }))
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
