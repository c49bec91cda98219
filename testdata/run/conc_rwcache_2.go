package main

import (
	"fmt"
	"sync"
)

// TryLock and TryRLock show how RWMutex readers and writers exclude each other.
func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock when free:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()

	// A writer waits for readers to leave.
	var order []string
	var mu sync.Mutex
	add := func(s string) { mu.Lock(); order = append(order, s); mu.Unlock() }
	rw.RLock()
	done := make(chan bool)
	go func() {
		rw.Lock()
		add("writer in")
		rw.Unlock()
		done <- true
	}()
	add("reader leaving")
	rw.RUnlock()
	<-done
	fmt.Println(order)
	l := rw.RLocker()
	l.Lock()
	fmt.Println("RLocker holds a read lock; TryLock:", rw.TryLock())
	l.Unlock()
	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()
}
