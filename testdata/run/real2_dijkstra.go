package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	to     string
	weight int
}

type Item struct {
	node string
	dist int
	idx  int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist == pq[j].dist {
		return pq[i].node < pq[j].node
	}
	return pq[i].dist < pq[j].dist
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].idx = i
	pq[j].idx = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.idx = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	*pq = old[:n-1]
	return it
}

const input = `A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9`

func main() {
	graph := map[string][]Edge{}
	for _, line := range strings.Split(input, "\n") {
		var a, b string
		var w int
		fmt.Sscanf(line, "%s %s %d", &a, &b, &w)
		graph[a] = append(graph[a], Edge{b, w})
		graph[b] = append(graph[b], Edge{a, w})
	}
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range graph {
		dist[n] = math.MaxInt
	}
	dist["A"] = 0
	pq := &PQ{}
	heap.Push(pq, &Item{node: "A", dist: 0})
	for pq.Len() > 0 {
		it := heap.Pop(pq).(*Item)
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range graph[it.node] {
			nd := it.dist + e.weight
			if nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = it.node
				heap.Push(pq, &Item{node: e.to, dist: nd})
			}
		}
	}
	for _, n := range []string{"A", "B", "C", "D", "E", "F"} {
		path := []string{n}
		for cur := n; cur != "A"; {
			cur = prev[cur]
			path = append([]string{cur}, path...)
		}
		fmt.Printf("%s: %3d via %s\n", n, dist[n], strings.Join(path, "->"))
	}
}
