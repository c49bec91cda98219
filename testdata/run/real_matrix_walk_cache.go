package main

import (
	"fmt"
	"strings"
	"sync"
)

const N = 3

type M [N][N]float64

func mul(a, b M) (c M) {
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			for k := 0; k < N; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

type Cache struct {
	mu   sync.Mutex
	data map[string]string
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

type Visitor func(depth int, name string) bool

type Dir struct {
	Name     string
	Children []*Dir
}

func (d *Dir) Walk(v Visitor) {
	var walk func(*Dir, int) bool
	walk = func(d *Dir, depth int) bool {
		if !v(depth, d.Name) {
			return false
		}
		for _, c := range d.Children {
			if !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	walk(d, 0)
}

func main() {
	id := M{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	a := M{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(a, id) == a, mul(a, a)[2])
	b := a
	b[0][0] = 100
	fmt.Println(a[0][0], b[0][0])
	c := &Cache{data: map[string]string{}}
	c.Set("k", "v")
	v, ok := c.Get("k")
	_, ok2 := c.Get("x")
	fmt.Println(v, ok, ok2)
	root := &Dir{"/", []*Dir{{"bin", nil}, {"usr", []*Dir{{"lib", nil}, {"share", nil}}}, {"tmp", nil}}}
	root.Walk(func(depth int, name string) bool {
		fmt.Println(strings.Repeat("  ", depth) + name)
		return name != "share"
	})
	var sum float64
	for _, row := range a {
		for _, x := range row {
			sum += x
		}
	}
	fmt.Printf("%.1f %v\n", sum, len(a))
}
