package main

import (
	"fmt"
	"sort"
	"strings"
)

type EventBus struct {
	handlers map[string][]func(string) string
	log      []string
}

func (b *EventBus) On(event string, h func(string) string) func() {
	b.handlers[event] = append(b.handlers[event], h)
	idx := len(b.handlers[event]) - 1
	return func() {
		hs := b.handlers[event]
		hs[idx] = nil
	}
}

func (b *EventBus) Emit(event, payload string) int {
	n := 0
	for _, h := range b.handlers[event] {
		if h == nil {
			continue
		}
		b.log = append(b.log, event+"="+h(payload))
		n++
	}
	return n
}

type Middleware func(next func(string) string) func(string) string

func chain(final func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		final = ms[i](final)
	}
	return final
}

func main() {
	bus := &EventBus{handlers: map[string][]func(string) string{}}
	count := 0
	bus.On("greet", func(s string) string { count++; return "hello " + s })
	off := bus.On("greet", strings.ToUpper)
	bus.On("bye", func(s string) string { return strings.Repeat(s, 2) })
	fmt.Println(bus.Emit("greet", "go"), bus.Emit("bye", "ciao"), bus.Emit("none", "x"))
	off()
	fmt.Println(bus.Emit("greet", "again"), count)
	fmt.Println(bus.log)
	trim := Middleware(func(next func(string) string) func(string) string {
		return func(s string) string { return next(strings.TrimSpace(s)) }
	})
	bracket := Middleware(func(next func(string) string) func(string) string {
		return func(s string) string { return "[" + next(s) + "]" }
	})
	h := chain(strings.ToLower, trim, bracket)
	fmt.Println(h("  MiXeD  "))
	tally := map[rune]int{}
	for _, r := range "mississippi" {
		tally[r]++
	}
	keys := make([]rune, 0, len(tally))
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return tally[keys[i]] > tally[keys[j]] || tally[keys[i]] == tally[keys[j]] && keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%c=%d ", k, tally[k])
	}
	fmt.Println()
}
