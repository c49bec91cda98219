package main

import "fmt"

// A generic graph with BFS over comparable node IDs.
type Graph[N comparable] struct {
	adj   map[N][]N
	order []N
}

func NewGraph[N comparable]() *Graph[N] { return &Graph[N]{adj: map[N][]N{}} }

func (g *Graph[N]) addNode(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.order = append(g.order, n)
	}
}

func (g *Graph[N]) Edge(a, b N) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[N]) BFS(start N) map[N]int {
	dist := map[N]int{start: 0}
	queue := []N{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range g.adj[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
	return dist
}

type City struct{ Name string }

func main() {
	g := NewGraph[string]()
	g.Edge("a", "b")
	g.Edge("b", "c")
	g.Edge("a", "d")
	g.Edge("d", "e")
	g.Edge("e", "c")
	g.Edge("x", "y")
	d := g.BFS("a")
	for _, n := range g.order {
		v, ok := d[n]
		fmt.Println(n, v, ok)
	}
	cg := NewGraph[City]()
	cg.Edge(City{"Paris"}, City{"Lyon"})
	fmt.Println(cg.BFS(City{"Lyon"})[City{"Paris"}])
}
