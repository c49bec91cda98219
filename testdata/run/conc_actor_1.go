package main

import (
	"fmt"
	"sort"
	"sync"
)

// An inventory actor: one goroutine owns the map; others send it commands.
type cmd struct {
	item  string
	delta int
	done  chan error
}

func inventory(cmds <-chan cmd, snapshot chan<- map[string]int) {
	stock := map[string]int{}
	for c := range cmds {
		if stock[c.item]+c.delta < 0 {
			c.done <- fmt.Errorf("not enough %s: have %d, want %d", c.item, stock[c.item], -c.delta)
			continue
		}
		stock[c.item] += c.delta
		c.done <- nil
	}
	snapshot <- stock
}

func main() {
	cmds := make(chan cmd)
	snap := make(chan map[string]int)
	go inventory(cmds, snap)
	send := func(item string, d int) error {
		done := make(chan error)
		cmds <- cmd{item, d, done}
		return <-done
	}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			send("apple", 3)
			send("pear", 1)
		}()
	}
	wg.Wait()
	fmt.Println(send("apple", -31))
	fmt.Println(send("apple", -30))
	fmt.Println(send("plum", -1))
	close(cmds)
	stock := <-snap
	keys := make([]string, 0)
	for k := range stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, stock[k])
	}
}
