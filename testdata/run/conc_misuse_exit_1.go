package main

import (
	"fmt"
	"os"
	"sync"
)

// os.Exit from a goroutine ends the program at once with its code; defers do not run.
func main() {
	defer fmt.Println("not printed")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("not printed either")
		fmt.Println("worker failing")
		os.Exit(3)
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
