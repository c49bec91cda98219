package main

import (
	"fmt"
	"strings"
)

const W, H = 10, 8

type Grid [H][W]bool

func parse(s string) Grid {
	var g Grid
	for y, line := range strings.Split(strings.TrimSpace(s), "\n") {
		for x, c := range line {
			g[y][x] = c == '#'
		}
	}
	return g
}

func (g Grid) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			xx, yy := (x+dx+W)%W, (y+dy+H)%H
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.neighbors(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Alive() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	g := parse(`
.#........
..#.......
###.......
..........
..........
......##..
......##..
..........`)
	start := g
	for i := 0; i < 4; i++ {
		fmt.Printf("gen %d alive %d\n%v", i, g.Alive(), g)
		g = g.Step()
	}
	fmt.Println(g == start, g.Alive())
	for i := 0; i < 36; i++ {
		g = g.Step()
	}
	fmt.Println(g == start)
}
