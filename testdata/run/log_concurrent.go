package main

import (
	"bytes"
	"fmt"
	"log"
	"sort"
	"strings"
	"sync"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "w: ", 0)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				l.Printf("worker %d step %d", id, j)
			}
		}(i)
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	sort.Strings(lines)
	fmt.Println(len(lines))
	fmt.Println(strings.Join(lines, "\n"))
}
