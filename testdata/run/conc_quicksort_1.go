package main

import (
	"fmt"
	"sync"
)

// Parallel quicksort: the halves are sorted concurrently down to a depth limit.
func qsort(a []int, depth int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	if depth <= 0 {
		qsort(a[:j+1], 0)
		qsort(a[i:], 0)
		return
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); qsort(a[:j+1], depth-1) }()
	go func() { defer wg.Done(); qsort(a[i:], depth-1) }()
	wg.Wait()
}

func main() {
	a := make([]int, 200)
	x := uint32(12345)
	for i := range a {
		x = x*1103515245 + 12345
		a[i] = int(x>>16) % 1000
	}
	qsort(a, 4)
	sorted := true
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			sorted = false
		}
	}
	fmt.Println("sorted:", sorted)
	fmt.Println(a[:10], a[len(a)-5:])
}
