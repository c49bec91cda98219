package main

import (
	"context"
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   int
}

func eventLoop(ctx context.Context, events <-chan Event, tick time.Duration) []string {
	var log []string
	ticker := time.NewTicker(tick)
	defer ticker.Stop()
	pending := 0
	for {
		select {
		case <-ctx.Done():
			log = append(log, fmt.Sprintf("shutdown (%v), %d pending", ctx.Err(), pending))
			return log
		case e, ok := <-events:
			if !ok {
				log = append(log, "events closed")
				events = nil
				continue
			}
			pending++
			log = append(log, "queued "+e.Name)
		case <-ticker.C:
			if pending > 0 {
				log = append(log, fmt.Sprintf("flushed %d", pending))
				pending = 0
			}
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	events := make(chan Event)
	go func() {
		for i, name := range []string{"open", "read", "write"} {
			events <- Event{name, i}
		}
		time.Sleep(60 * time.Millisecond)
		events <- Event{"close", 3}
		close(events)
	}()
	for _, line := range eventLoop(ctx, events, 40*time.Millisecond) {
		fmt.Println(line)
	}
}
