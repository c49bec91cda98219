package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Node struct {
	Name     string
	Size     int
	Children []*Node
}

// A recursive walk spawning a goroutine per child, limited by a semaphore.
func walk(n *Node, path string, sem chan struct{}, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	sem <- struct{}{}
	p := path + "/" + n.Name
	if len(n.Children) == 0 {
		out <- fmt.Sprintf("%s %d", p, n.Size)
	}
	<-sem
	for _, c := range n.Children {
		wg.Add(1)
		go walk(c, p, sem, wg, out)
	}
}

func main() {
	root := &Node{Name: "root", Children: []*Node{
		{Name: "docs", Children: []*Node{{Name: "a.txt", Size: 10}, {Name: "b.txt", Size: 20}}},
		{Name: "src", Children: []*Node{
			{Name: "main.go", Size: 300},
			{Name: "lib", Children: []*Node{{Name: "x.go", Size: 40}, {Name: "y.go", Size: 50}}},
		}},
		{Name: "empty", Size: 0},
	}}
	out := make(chan string)
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	wg.Add(1)
	go walk(root, "", sem, &wg, out)
	go func() { wg.Wait(); close(out) }()
	var files []string
	for f := range out {
		files = append(files, f)
	}
	sort.Strings(files)
	fmt.Println(strings.Join(files, "\n"))
}
