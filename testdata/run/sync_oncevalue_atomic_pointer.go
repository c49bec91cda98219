package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

func main() {
	calls := 0
	get := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(get(), get(), calls)
	pair := sync.OnceValues(func() (string, error) { calls++; return "v", nil })
	s, err := pair()
	s2, _ := pair()
	fmt.Println(s, err, s2, calls)
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	c1 := &Config{"one"}
	p.Store(c1)
	fmt.Println(p.Load().Name)
	old := p.Swap(&Config{"two"})
	fmt.Println(old.Name, p.Load().Name)
	fmt.Println(p.CompareAndSwap(c1, &Config{"x"}), p.Load().Name)
	bad := sync.OnceValue(func() int { panic("boom") })
	defer func() { fmt.Println("recovered:", recover()) }()
	bad()
}
