package main

import (
	"errors"
	"fmt"
	"sync"
)

// An account owned by one goroutine; others talk to it through requests.
type request struct {
	kind   string
	amount int
	reply  chan response
}

type response struct {
	balance int
	err     error
}

var errOverdraft = errors.New("overdraft refused")

func account(initial int, reqs <-chan request, done chan<- int) {
	balance := initial
	history := 0
	for r := range reqs {
		history++
		switch r.kind {
		case "deposit":
			balance += r.amount
			r.reply <- response{balance: balance}
		case "withdraw":
			if r.amount > balance {
				r.reply <- response{balance: balance, err: errOverdraft}
				continue
			}
			balance -= r.amount
			r.reply <- response{balance: balance}
		case "balance":
			r.reply <- response{balance: balance}
		default:
			r.reply <- response{err: fmt.Errorf("unknown request %q", r.kind)}
		}
	}
	done <- history
}

func call(reqs chan<- request, kind string, amount int) response {
	reply := make(chan response)
	reqs <- request{kind, amount, reply}
	return <-reply
}

func main() {
	reqs := make(chan request)
	done := make(chan int)
	go account(100, reqs, done)

	var wg sync.WaitGroup
	var mu sync.Mutex
	refused := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				call(reqs, "deposit", 10)
				return
			}
			if r := call(reqs, "withdraw", 25); errors.Is(r.err, errOverdraft) {
				mu.Lock()
				refused++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	final := call(reqs, "balance", 0)
	fmt.Println("final balance:", final.balance)
	fmt.Println("consistent:", final.balance == 100+10*10-25*(10-refused))
	fmt.Println(call(reqs, "audit", 0).err)
	close(reqs)
	fmt.Println("requests served:", <-done)
}
