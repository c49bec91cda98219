package main

import (
	"fmt"
	"strings"
)

// Request/response over a channel of requests that each carry their own reply channel.
type request struct {
	op    string
	key   string
	value int
	reply chan response
}

type response struct {
	value int
	found bool
}

func server(reqs <-chan request) {
	store := map[string]int{}
	for r := range reqs {
		switch r.op {
		case "set":
			store[r.key] = r.value
			r.reply <- response{r.value, true}
		case "get":
			v, ok := store[r.key]
			r.reply <- response{v, ok}
		case "incr":
			store[r.key] += r.value
			r.reply <- response{store[r.key], true}
		default:
			close(r.reply)
		}
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	call := func(op, key string, v int) string {
		reply := make(chan response)
		reqs <- request{op, key, v, reply}
		resp, ok := <-reply
		if !ok {
			return fmt.Sprintf("%s %s: unknown op", op, key)
		}
		return fmt.Sprintf("%s %s: %d %v", op, key, resp.value, resp.found)
	}
	var log []string
	log = append(log, call("get", "x", 0))
	log = append(log, call("set", "x", 5))
	log = append(log, call("incr", "x", 3))
	log = append(log, call("incr", "y", 1))
	log = append(log, call("get", "x", 0))
	log = append(log, call("del", "x", 0))
	close(reqs)
	fmt.Println(strings.Join(log, "\n"))
}
