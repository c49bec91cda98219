package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

// While main waits for standard input, another goroutine keeps running.
func main() {
	ticks := 0
	done := make(chan bool)
	go func() {
		for {
			select {
			case <-done:
				return
			default:
				ticks++
				time.Sleep(10 * time.Millisecond)
			}
		}
	}()
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	close(done)
	fmt.Printf("read %q, the other goroutine ran: %v\n", line, ticks > 5)
}
