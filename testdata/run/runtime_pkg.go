package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	runtime.GC()
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	var wg sync.WaitGroup
	release := make(chan bool)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(release)
	wg.Wait()
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())

	// Gosched lets the others run: a cooperative ping-pong of prints.
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("goroutine", i)
			runtime.Gosched()
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("main", i)
		runtime.Gosched()
	}
	<-done

	// Goexit in a goroutine runs its deferred calls; recover sees nil.
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover:", recover()) }()
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	<-done
	fmt.Println("end")
}
