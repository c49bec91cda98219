package main

import "fmt"

type Ball struct {
	hits int
	log  []string
}

func player(name string, table chan *Ball, done chan *Ball, max int) {
	for {
		ball := <-table
		ball.hits++
		ball.log = append(ball.log, fmt.Sprintf("%s:%d", name, ball.hits))
		if ball.hits >= max {
			done <- ball
			return
		}
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan *Ball)
	go player("ping", table, done, 9)
	go player("pong", table, done, 9)
	table <- new(Ball)
	ball := <-done
	fmt.Println("hits:", ball.hits)
	fmt.Println(len(ball.log), "strokes")
	// Who hits when depends on the scheduler, but the count never does.
	fmt.Println(ball.log[len(ball.log)-1][len(ball.log[len(ball.log)-1])-1:])
}
