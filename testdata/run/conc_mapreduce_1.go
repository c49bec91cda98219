package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Word count as map-reduce: one mapper per chunk, a reducer merging partial counts.
const text = `the cat sat on the mat the dog sat on the log
a cat and a dog met on a mat and the cat ran
no dog no cat just the mat and the log`

func mapper(chunk string, out chan<- map[string]int, wg *sync.WaitGroup) {
	defer wg.Done()
	counts := map[string]int{}
	for _, w := range strings.Fields(chunk) {
		counts[w]++
	}
	out <- counts
}

func main() {
	lines := strings.Split(text, "\n")
	partials := make(chan map[string]int)
	var wg sync.WaitGroup
	for _, l := range lines {
		wg.Add(1)
		go mapper(l, partials, &wg)
	}
	go func() { wg.Wait(); close(partials) }()
	total := map[string]int{}
	chunks := 0
	for p := range partials {
		chunks++
		for w, n := range p {
			total[w] += n
		}
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range total {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Println("chunks:", chunks, "distinct:", len(list))
	for _, e := range list[:6] {
		fmt.Printf("%-4s %d\n", e.w, e.n)
	}
}
