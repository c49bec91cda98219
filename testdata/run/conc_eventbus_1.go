package main

import (
	"fmt"
	"strings"
)

type Event interface{ Kind() string }

type Login struct{ User string }
type Logout struct{ User string }
type Message struct {
	From, Text string
}

func (Login) Kind() string   { return "login" }
func (Logout) Kind() string  { return "logout" }
func (Message) Kind() string { return "message" }

// A channel of interface values dispatched with a type switch by one consumer.
func main() {
	events := make(chan Event, 8)
	summary := make(chan string)
	go func() {
		online := map[string]bool{}
		var sb strings.Builder
		for e := range events {
			switch e := e.(type) {
			case Login:
				online[e.User] = true
			case Logout:
				delete(online, e.User)
			case Message:
				if !online[e.From] {
					fmt.Fprintf(&sb, "dropped %q from offline %s\n", e.Text, e.From)
					continue
				}
				fmt.Fprintf(&sb, "%s says %q\n", e.From, e.Text)
			}
		}
		fmt.Fprintf(&sb, "online at end: %d", len(online))
		summary <- sb.String()
	}()
	for _, e := range []Event{
		Login{"ann"}, Message{"ann", "hi"}, Message{"bob", "hey"}, Login{"bob"},
		Message{"bob", "hey again"}, Logout{"ann"}, Message{"ann", "bye?"}, nil,
	} {
		if e == nil {
			continue
		}
		events <- e
	}
	close(events)
	fmt.Println(<-summary)
}
