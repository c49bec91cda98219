package main

import (
	"fmt"
	"sync"
)

type Message struct {
	Topic string
	Body  string
}

type Broker struct {
	mu   sync.RWMutex
	subs map[string][]chan Message
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string][]chan Message)}
}

func (b *Broker) Subscribe(topic string) <-chan Message {
	ch := make(chan Message, 8)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(m Message) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, ch := range b.subs[m.Topic] {
		ch <- m
	}
	return len(b.subs[m.Topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
	b.subs = nil
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	logs := make([][]string, 3)
	topics := []string{"news", "news", "sport"}
	for i, t := range topics {
		ch := b.Subscribe(t)
		wg.Add(1)
		go func(i int, ch <-chan Message) {
			defer wg.Done()
			for m := range ch {
				logs[i] = append(logs[i], "<" + m.Body + ">")
			}
		}(i, ch)
	}
	fmt.Println(b.Publish(Message{"news", "election"}))
	fmt.Println(b.Publish(Message{"sport", "match"}))
	fmt.Println(b.Publish(Message{"news", "weather"}))
	fmt.Println(b.Publish(Message{"tech", "nobody listens"}))
	b.Close()
	wg.Wait()
	for i, l := range logs {
		fmt.Println(i, topics[i], l)
	}
}
