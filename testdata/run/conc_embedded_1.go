package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Embedded sync types used through promoted methods, a six-case select with one ready
// case, Once.Do started with go, and a panic inside a time.AfterFunc callback (exit 2).
type SafeCounter struct {
	sync.Mutex
	m map[string]int
}

type Stats struct {
	hits atomic.Int64
	sync.RWMutex
	names []string
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Lock()
			c.m[fmt.Sprint(i%3)]++
			c.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(c.m)
	var s Stats
	s.hits.Add(3)
	s.RLock()
	fmt.Println(s.hits.Load(), len(s.names))
	s.RUnlock()
	chs := make([]chan int, 6)
	for i := range chs {
		chs[i] = make(chan int, 1)
	}
	chs[4] <- 44
	select {
	case v := <-chs[0]:
		fmt.Println(0, v)
	case v := <-chs[1]:
		fmt.Println(1, v)
	case v := <-chs[2]:
		fmt.Println(2, v)
	case v := <-chs[3]:
		fmt.Println(3, v)
	case v := <-chs[4]:
		fmt.Println(4, v)
	case v := <-chs[5]:
		fmt.Println(5, v)
	}
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Round(time.Second), time.Duration(0), 90*time.Second)
	var once sync.Once
	for i := 0; i < 3; i++ {
		go once.Do(func() { fmt.Println("once via go") })
	}
	time.Sleep(20 * time.Millisecond)
	tm := time.AfterFunc(time.Millisecond, func() { panic("timer boom") })
	_ = tm
	time.Sleep(50 * time.Millisecond)
}
