package main

import (
	"fmt"
	"strings"
)

const W, H = 10, 8

type Grid [H][W]bool

func (g *Grid) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	var next Grid
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := g.Neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return &next
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := &Grid{}
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		g[p[0]][p[1]] = true
	}
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d:\n%s", gen, g)
		g = g.Step()
	}
	alive := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				alive++
			}
		}
	}
	fmt.Println("alive:", alive)
}
