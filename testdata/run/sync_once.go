package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func loadConfig() {
	fmt.Println("loading config")
	config = map[string]string{"env": "prod"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	fmt.Println(config["env"])

	calls := 0
	f := sync.OnceFunc(func() { calls++ })
	f()
	f()
	f()
	fmt.Println("calls", calls)

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first") })
	}()
	o.Do(func() { fmt.Println("not called again") })
	fmt.Println("done")

	g := sync.OnceFunc(func() { panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("g panicked:", recover()) }()
			g()
		}()
	}
}
