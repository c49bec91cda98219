package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	v, ok = m.Load(9)
	fmt.Println(v, ok)
	a, loaded := m.LoadOrStore(3, 100)
	fmt.Println(a, loaded)
	a, loaded = m.LoadOrStore(7, 49)
	fmt.Println(a, loaded)
	p, loaded := m.LoadAndDelete(7)
	fmt.Println(p, loaded)
	m.Delete(0)
	prev, loaded := m.Swap(1, "one")
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap(2, 4, "four"), m.CompareAndSwap(2, 4, "x"))
	sum := 0
	m.Range(func(k, v any) bool {
		sum += k.(int)
		return true
	})
	fmt.Println("key sum", sum)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println(n)

	made := 0
	pool := sync.Pool{New: func() any {
		made++
		return new([]byte)
	}}
	b := pool.Get().(*[]byte)
	*b = append(*b, 'x')
	pool.Put(b)
	b2 := pool.Get().(*[]byte)
	fmt.Println(len(*b2) <= 1, made >= 1)
	var empty sync.Pool
	fmt.Println(empty.Get())
}
