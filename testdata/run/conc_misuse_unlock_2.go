package main

import (
	"fmt"
	"sync"
)

// A fatal unlock error cannot be recovered, unlike a panic.
func main() {
	var rw sync.RWMutex
	defer func() {
		fmt.Println("recover:", recover())
	}()
	rw.Lock()
	rw.Unlock()
	fmt.Println("lock/unlock ok")
	rw.RLock()
	rw.RUnlock()
	fmt.Println("rlock/runlock ok")
	rw.RUnlock()
	fmt.Println("unreachable")
}
