package main

import (
	"fmt"
	"sync"
)

// A dropping logger: when its buffer is full, messages are counted as dropped
// instead of blocking the caller.
type Logger struct {
	ch      chan string
	dropped int
	wg      sync.WaitGroup
	lines   []string
}

func NewLogger(size int) *Logger {
	return &Logger{ch: make(chan string, size)}
}

func (l *Logger) Log(s string) {
	select {
	case l.ch <- s:
	default:
		l.dropped++
	}
}

func (l *Logger) Start() {
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		for s := range l.ch {
			l.lines = append(l.lines, s)
		}
	}()
}

func main() {
	l := NewLogger(4)
	// Nothing drains the buffer yet, so exactly 4 fit.
	for i := 0; i < 10; i++ {
		l.Log(fmt.Sprint("msg ", i))
	}
	fmt.Println("buffered:", len(l.ch), "dropped:", l.dropped)
	l.Start()
	close(l.ch)
	l.wg.Wait()
	fmt.Println(l.lines)
}
