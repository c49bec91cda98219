package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

// Collections started from inside callbacks — a range over a map, sort.Slice's less, a
// String method called by fmt, a deferred call — while those hold the data they work on.

type item struct {
	self  *item
	peers []*item
	name  string
	rank  int
}

func (it *item) String() string {
	runtime.GC()
	return fmt.Sprintf("%s#%d(%d peers)", it.self.name, it.rank, len(it.peers))
}

func mkitems(n int) []*item {
	items := make([]*item, n)
	for i := range items {
		it := &item{name: fmt.Sprint("it", i), rank: (i * 7919) % n}
		it.self = it
		items[i] = it
	}
	for i, it := range items {
		it.peers = []*item{items[(i+1)%n], items[(i+n-1)%n], it}
	}
	return items
}

func checksum(items []*item) int {
	s := 0
	for i, it := range items {
		if it.self != it || it.peers[2] != it {
			return -1
		}
		s += (i + 1) * (it.rank + len(it.peers[0].name))
	}
	return s
}

func main() {
	byName := map[string]*item{}
	for _, it := range mkitems(200) {
		byName[it.name] = it
	}
	seen := 0
	for name, it := range byName {
		if seen%50 == 0 {
			mkitems(300)
			runtime.GC()
		}
		if it.name != name || it.self.peers[2] != it {
			fmt.Println("broken", name)
		}
		seen++
	}
	fmt.Println("range", seen, len(byName))

	items := mkitems(300)
	calls := 0
	sort.Slice(items, func(i, j int) bool {
		calls++
		if calls%97 == 0 {
			mkitems(20)
			runtime.GC()
		}
		return items[i].rank < items[j].rank
	})
	fmt.Println("sorted", checksum(items), items[0].rank, items[299].rank)

	fmt.Println(items[5], items[6].String())
	parts := []string{}
	for _, it := range items[:3] {
		parts = append(parts, it.String())
	}
	fmt.Println(strings.Join(parts, ", "))

	func() {
		keep := mkitems(50)
		defer func() {
			runtime.GC()
			fmt.Println("deferred", checksum(keep))
		}()
		mkitems(100)
	}()
}
