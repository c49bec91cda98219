package main

import (
	"encoding/json"
	"fmt"
)

type Node struct {
	Val  int   `json:"val"`
	Next *Node `json:"next,omitempty"`
}

type Bomb struct{}

func (Bomb) MarshalJSON() ([]byte, error) {
	panic("boom in MarshalJSON")
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	b, err := json.Marshal(list)
	fmt.Println(string(b), err)
	loop := &Node{Val: 1}
	loop.Next = loop
	_, err = json.Marshal(loop)
	fmt.Println(err)
	m := map[string]any{}
	m["self"] = m
	_, err = json.Marshal(m)
	fmt.Println(err)
	s := []any{1}
	s[0] = s
	_, err = json.Marshal(s)
	fmt.Println(err)
	json.Marshal(struct{ B Bomb }{})
	fmt.Println("unreachable")
}
