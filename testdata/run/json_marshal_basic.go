package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string
	City   string
	Zip    string `json:"zip_code"`
}

type Person struct {
	Name    string
	Age     int
	Email   string `json:"email"`
	Active  bool   `json:"active"`
	Score   float64
	Tags    []string
	Home    Address
	Work    *Address
	private int
}

func main() {
	p := Person{Name: "Alice", Age: 30, Email: "alice@example.com", Active: true, Score: 98.5,
		Tags: []string{"admin", "dev"}, Home: Address{"1 Main St", "Springfield", "12345"}, private: 7}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	p.Work = &Address{City: "Shelbyville"}
	b, _ = json.Marshal(&p)
	fmt.Println(string(b))
	var q Person
	b, _ = json.Marshal(q)
	fmt.Println(string(b))
	for _, v := range []any{nil, true, false, 0, -42, uint8(200), int64(-1 << 63), uint64(1<<64 - 1), "hi", 3.5, float32(0.1), []int{}, []int(nil), [3]int{1, 2, 3}, map[string]int{}, struct{}{}} {
		b, err := json.Marshal(v)
		fmt.Printf("%T: %s %v\n", v, b, err)
	}
}
