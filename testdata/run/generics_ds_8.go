package main

import (
	"cmp"
	"fmt"
)

// Ordered map: keys kept sorted in a slice, binary search on insert.
type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		lo, hi := 0, len(m.keys)
		for lo < hi {
			mid := (lo + hi) / 2
			if m.keys[mid] < k {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		m.keys = append(m.keys, k)
		copy(m.keys[lo+1:], m.keys[lo:])
		m.keys[lo] = k
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range m.keys {
		f(k, m.vals[k])
	}
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range []string{"pear", "apple", "fig", "apple", "kiwi"} {
		m.Set(w, i)
	}
	m.Each(func(k string, v int) { fmt.Println(k, v) })
	n := NewOrderedMap[float64, bool]()
	n.Set(3.5, true)
	n.Set(-1, false)
	n.Set(2, true)
	n.Each(func(k float64, v bool) { fmt.Print(k, ":", v, " ") })
	fmt.Println()
}
