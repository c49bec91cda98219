package main

import (
	"bytes"
	"fmt"
	"sync"
)

// sync.Pool of buffers shared by goroutines; results do not depend on reuse.
var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

func render(name string, n int) string {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	for i := 0; i < n; i++ {
		fmt.Fprintf(buf, "%s%d;", name, i)
	}
	return buf.String()
}

func main() {
	out := make([]string, 6)
	var wg sync.WaitGroup
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = render(string(rune('a'+i)), i)
		}()
	}
	wg.Wait()
	for i, s := range out {
		fmt.Printf("%d %q\n", i, s)
	}
	var empty sync.Pool
	fmt.Println("no New:", empty.Get())
}
