// sync primitives: Once for lazy init, RWMutex-guarded cache, Cond for a bounded queue,
// atomic counters and Value, and a semaphore channel, with deterministic output.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

var (
	once   sync.Once
	config *Config
	inits  int32
)

func getConfig() *Config {
	once.Do(func() {
		atomic.AddInt32(&inits, 1)
		config = &Config{"prod"}
	})
	return config
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
	hits atomic.Int64
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	if ok {
		c.hits.Add(1)
	}
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func NewQueue(n int) *BoundedQueue {
	q := &BoundedQueue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *BoundedQueue) Take() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig()
		}()
	}
	wg.Wait()
	fmt.Println(getConfig().Name, atomic.LoadInt32(&inits))

	c := &Cache{data: map[int]int{}}
	for i := 0; i < 5; i++ {
		c.Set(i, i*i)
	}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 8; k++ {
				if _, ok := c.Get(k); !ok && g == 0 {
					c.Set(k, -k)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(c.data), c.hits.Load() >= 20)

	q := NewQueue(2)
	var got []int
	var mu sync.Mutex
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				v := q.Take()
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < 12; i++ {
		q.Put(i)
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	var v atomic.Value
	v.Store([]string{"a"})
	v.Store([]string{"b", "c"})
	fmt.Println(v.Load().([]string))
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"x"})
	fmt.Println(p.Load().Name, p.Swap(&Config{"y"}).Name, p.Load().Name)

	sem := make(chan struct{}, 2)
	var active, peak int32
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := atomic.AddInt32(&active, 1)
			for {
				old := atomic.LoadInt32(&peak)
				if n <= old || atomic.CompareAndSwapInt32(&peak, old, n) {
					break
				}
			}
			atomic.AddInt32(&active, -1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak <= 2, "active:", active)
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	val, ok := m.Load("a")
	act, loaded := m.LoadOrStore("a", 9)
	m.Delete("b")
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(val, ok, act, loaded, n)
}
