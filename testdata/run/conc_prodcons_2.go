package main

import (
	"fmt"
	"strings"
)

type Order struct {
	ID    int
	Items []string
}

// One producer, one consumer, an ack channel to keep the log in order.
func main() {
	orders := make(chan Order)
	acks := make(chan string)
	go func() {
		defer close(orders)
		menu := [][]string{{"tea"}, {"coffee", "cake"}, {}, {"soup", "bread", "salad"}}
		for i, items := range menu {
			orders <- Order{ID: i + 1, Items: items}
			fmt.Println("producer got:", <-acks)
		}
	}()
	total := 0
	for o := range orders {
		if len(o.Items) == 0 {
			acks <- fmt.Sprintf("order %d rejected (empty)", o.ID)
			continue
		}
		total += len(o.Items)
		acks <- fmt.Sprintf("order %d: %s", o.ID, strings.Join(o.Items, "+"))
	}
	fmt.Println("items served:", total)
}
