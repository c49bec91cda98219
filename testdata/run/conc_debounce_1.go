package main

import (
	"fmt"
	"time"
)

// Debounce: bursts of events collapse into one action after a quiet period.
func debounce(in <-chan string, quiet time.Duration, out chan<- []string) {
	var batch []string
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case e, ok := <-in:
			if !ok {
				if len(batch) > 0 {
					out <- batch
				}
				close(out)
				return
			}
			batch = append(batch, e)
			timer.Reset(quiet)
		case <-timer.C:
			out <- batch
			batch = nil
		}
	}
}

func main() {
	in := make(chan string)
	out := make(chan []string)
	go debounce(in, 30*time.Millisecond, out)
	go func() {
		for _, burst := range [][]string{{"a", "b", "c"}, {"d"}, {"e", "f"}} {
			for _, e := range burst {
				in <- e
				time.Sleep(time.Millisecond)
			}
			time.Sleep(90 * time.Millisecond)
		}
		in <- "g"
		close(in)
	}()
	for b := range out {
		fmt.Println("batch", b)
	}
}
