package main

import (
	"fmt"
	"sync"
)

// A panic inside Once.Do still marks it done: later calls do not retry.
func main() {
	var once sync.Once
	calls := 0
	try := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered: %v", r)
			}
		}()
		once.Do(func() {
			calls++
			panic("init failed")
		})
		return nil
	}
	fmt.Println(try())
	fmt.Println(try())
	fmt.Println("calls:", calls)

	get := sync.OnceValue(func() int {
		calls++
		return calls * 10
	})
	fmt.Println(get(), get(), calls)

	pair := sync.OnceValues(func() (string, error) {
		return "token", nil
	})
	s, err := pair()
	fmt.Println(s, err)
	f := sync.OnceFunc(func() { fmt.Println("OnceFunc body") })
	f()
	f()
}
