package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	a := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(a)
	fmt.Println(a, sort.SearchInts(a, 8), sort.IntsAreSorted(a))
	s := []string{"pear", "apple", "fig"}
	sort.Sort(sort.Reverse(sort.StringSlice(s)))
	fmt.Println(s, sort.SearchStrings([]string{"a", "c"}, "b"))
	f := []float64{2.5, -1, 3}
	sort.Float64s(f)
	fmt.Println(f, sort.Search(100, func(i int) bool { return i*i >= 50 }))
	people := []struct {
		name string
		age  int
	}{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].age < people[j].age }))
	i, found := sort.Find(len(a), func(i int) int { return 8 - a[i] })
	fmt.Println(i, found)
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	(*h)[0] = 10
	heap.Fix(h, 0)
	heap.Remove(h, 1)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	l.MoveBefore(e4, l.Front())
	other := list.New()
	other.PushBack(9)
	l.PushBackList(other)
	l.PushFrontList(other)
	l.Remove(e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len(), l.Back().Value, l.Front().Prev() == nil)
}
