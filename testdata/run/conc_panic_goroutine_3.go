package main

import (
	"fmt"
	"sync"
)

// Recovering inside each goroutine keeps the program alive; results report the failures.
func safeGo(wg *sync.WaitGroup, errs []string, i int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs[i] = fmt.Sprint("recovered: ", r)
			}
		}()
		f()
		errs[i] = "ok"
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make([]string, 5)
	var m map[string]int
	var p *struct{ x int }
	zero := 0
	safeGo(&wg, errs, 0, func() {})
	safeGo(&wg, errs, 1, func() { m["a"] = 1 })
	safeGo(&wg, errs, 2, func() { _ = p.x })
	safeGo(&wg, errs, 3, func() { _ = 10 / zero })
	safeGo(&wg, errs, 4, func() { panic(fmt.Sprintf("custom %d", 4)) })
	wg.Wait()
	for i, e := range errs {
		fmt.Println(i, e)
	}
}
