package main

import (
	"fmt"
	"strings"
)

const maze = `
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########`

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func main() {
	grid := strings.Split(strings.TrimSpace(maze), "\n")
	var start, end P
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = P{r, c}
			case 'E':
				end = P{r, c}
			}
		}
	}
	prev := map[P]P{}
	dist := map[P]int{start: 0}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[n.R]) || grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	fmt.Println("start", start, "end", end, "steps", dist[end])
	canvas := make([][]byte, len(grid))
	for i := range grid {
		canvas[i] = []byte(grid[i])
	}
	for p := prev[end]; p != start; p = prev[p] {
		canvas[p.R][p.C] = '*'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}
	reach := 0
	far := start
	for p, d := range dist {
		reach++
		if d > dist[far] || (d == dist[far] && (p.R < far.R || (p.R == far.R && p.C < far.C))) {
			far = p
		}
	}
	fmt.Printf("reachable=%d farthest=%v (%d)\n", reach, far, dist[far])
	var visited [10][10]bool
	var dfs func(p P) int
	dfs = func(p P) int {
		if grid[p.R][p.C] == '#' || visited[p.R][p.C] {
			return 0
		}
		visited[p.R][p.C] = true
		n := 1
		for _, d := range dirs {
			n += dfs(p.Add(d))
		}
		return n
	}
	fmt.Println("dfs component size", dfs(start))
}
