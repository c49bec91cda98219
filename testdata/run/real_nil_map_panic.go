package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Register(name string) {
	r.entries[name] = len(r.entries)
}

func main() {
	ok := &Registry{entries: map[string]int{}}
	ok.Register("a")
	ok.Register("b")
	fmt.Println(ok.entries["b"], len(ok.entries))
	var bad Registry
	fmt.Println(bad.entries["x"], len(bad.entries))
	defer fmt.Println("deferred before panic")
	bad.Register("boom")
	fmt.Println("unreachable")
}
