package main

import (
	"fmt"
	"sync"
)

// panic(nil) in a goroutine: since Go 1.21 recover returns a *runtime.PanicNilError.
func main() {
	var wg sync.WaitGroup
	results := make([]string, 2)
	for i, v := range []any{nil, "boom"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				r := recover()
				results[i] = fmt.Sprintf("%T: %v", r, r)
			}()
			panic(v)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
