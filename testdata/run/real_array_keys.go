package main

import (
	"fmt"
	"sort"
)

type Point [2]int

func neighbors(p Point) []Point {
	return []Point{{p[0] + 1, p[1]}, {p[0] - 1, p[1]}, {p[0], p[1] + 1}, {p[0], p[1] - 1}}
}

func bfs(walls map[Point]bool, start, goal Point, size int) int {
	dist := map[Point]int{start: 0}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			return dist[cur]
		}
		for _, n := range neighbors(cur) {
			if n[0] < 0 || n[1] < 0 || n[0] >= size || n[1] >= size || walls[n] {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	return -1
}

func main() {
	maze := []string{
		".....",
		".###.",
		"...#.",
		"##.#.",
		"....."}
	walls := map[Point]bool{}
	for r, row := range maze {
		for c, ch := range row {
			if ch == '#' {
				walls[Point{r, c}] = true
			}
		}
	}
	fmt.Println("walls:", len(walls))
	fmt.Println("shortest:", bfs(walls, Point{0, 0}, Point{4, 4}, 5))
	fmt.Println("blocked:", bfs(walls, Point{0, 0}, Point{1, 1}, 5))
	var keys []Point
	for k := range walls {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	fmt.Println(keys)
	grid := make([][3]int, 2)
	grid[1][2] = 5
	more := append(grid, [3]int{7, 8, 9})
	cp := make([][3]int, len(more))
	n := copy(cp, more)
	cp[0][0] = 1
	fmt.Println(grid, more, cp, n)
	seen := map[[3]string]int{}
	seen[[3]string{"a", "b", "c"}]++
	seen[[3]string{"a", "b", "c"}]++
	fmt.Println(seen)
}
