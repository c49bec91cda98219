package main

import (
	"context"
	"fmt"
	"strings"
)

// A text pipeline cancelled with a context once a stop word is seen.
func words(ctx context.Context, text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range strings.Fields(text) {
			select {
			case out <- w:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func upper(ctx context.Context, in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			select {
			case out <- strings.ToUpper(w):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	text := "the quick brown fox STOP jumps over the lazy dog"
	var kept []string
	for w := range upper(ctx, words(ctx, text)) {
		if w == "STOP" {
			cancel()
			break
		}
		kept = append(kept, w)
	}
	<-ctx.Done()
	fmt.Println(strings.Join(kept, " "))
	fmt.Println("err:", ctx.Err())
	cancel()
	fmt.Println("err after second cancel:", ctx.Err())
}
