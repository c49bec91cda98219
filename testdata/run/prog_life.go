// Conway's Game of Life on a small torus: a glider and a blinker, generations printed
// as text, with a population history.
package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	g := &Grid{w: w, h: h, cells: make([][]bool, h)}
	for y := range g.cells {
		g.cells[y] = make([]bool, w)
	}
	return g
}

func (g *Grid) Set(x, y int, alive bool) { g.cells[(y+g.h)%g.h][(x+g.w)%g.w] = alive }
func (g *Grid) Alive(x, y int) bool      { return g.cells[(y+g.h)%g.h][(x+g.w)%g.w] }

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			alive := g.Alive(x, y)
			next.Set(x, y, n == 3 || (alive && n == 2))
		}
	}
	return next
}

func (g *Grid) Population() int {
	p := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return p
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteRune('█')
			} else {
				sb.WriteRune('·')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := NewGrid(10, 8)
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		g.Set(p[0], p[1], true)
	}
	for _, p := range [][2]int{{6, 5}, {7, 5}, {8, 5}} {
		g.Set(p[0], p[1], true)
	}
	var history []int
	seen := map[string]int{}
	for gen := 0; gen < 45; gen++ {
		if gen < 3 || gen%20 == 0 {
			fmt.Printf("generation %d (population %d)\n%v", gen, g.Population(), g)
		}
		key := g.String()
		if first, ok := seen[key]; ok {
			fmt.Printf("generation %d repeats generation %d\n", gen, first)
			break
		}
		seen[key] = gen
		history = append(history, g.Population())
		g = g.Step()
	}
	fmt.Println(history)
}
