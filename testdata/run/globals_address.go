package main

import (
	"fmt"
	"strings"
	"sync"
)

var counter = 10
var sb strings.Builder
var mu sync.Mutex
var cfg struct{ N int }
var hits int

type T struct{ n int }

func (t *T) Inc() { t.n++ }

var t T

func bump(p *int) { *p += 5 }

func main() {
	p := &counter
	*p += 100
	bump(&counter)
	bump(&hits)
	hits++
	fmt.Println(counter, hits)
	sb.WriteString("abc")
	sb.WriteString("def")
	fmt.Println(sb.String())
	mu.Lock()
	cfg.N = 3
	q := &cfg
	q.N++
	mu.Unlock()
	fmt.Println(cfg.N)
	t.Inc()
	t.Inc()
	fmt.Println(t.n)
	f := func() { counter-- }
	f()
	fmt.Println(counter)
	report()
}

type registry struct{ names []string }

func (r *registry) add(n string) { r.names = append(r.names, n) }

var reg registry
var limits = [3]int{1, 2, 3}

func init() {
	reg.add("from init")
	lp := &limits
	lp[0] = 100
}

func report() {
	reg.add("report")
	fmt.Println(reg.names, limits)
	var np *int
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	np = nil
	fmt.Println(*np)
}
