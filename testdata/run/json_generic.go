package main

import (
	"encoding/json"
	"fmt"
)

type Envelope[T any] struct {
	OK    bool   `json:"ok"`
	Data  T      `json:"data"`
	Error string `json:"error,omitempty"`
}

type Pair[K comparable, V any] struct {
	Key K `json:"k"`
	Val V `json:"v"`
}

type Product struct {
	SKU   string  `json:"sku"`
	Price float64 `json:"price"`
}

func decode[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

func encode[T any](v T) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

func main() {
	fmt.Println(encode(Envelope[[]Product]{OK: true, Data: []Product{{"A-1", 9.5}, {"B-2", 20}}}))
	fmt.Println(encode(Envelope[map[string]int]{Data: map[string]int{"x": 1}, Error: "partial"}))
	fmt.Println(encode(Pair[string, []int]{"nums", []int{1, 2}}))
	fmt.Println(encode([]Pair[int, bool]{{1, true}, {2, false}}))

	e, err := decode[Envelope[Product]](`{"ok": true, "data": {"sku": "Z-9", "price": 1.25}}`)
	fmt.Printf("%+v %v\n", e, err)
	ps, err := decode[[]Pair[string, float64]](`[{"k": "pi", "v": 3.14159}, {"k": "e", "v": 2.71828}]`)
	fmt.Printf("%+v %v\n", ps, err)
	n, err := decode[int](`"not a number"`)
	fmt.Println(n, err)
	m, err := decode[map[string][]string](`{"a": ["x", "y"], "b": []}`)
	fmt.Println(m, len(m["b"]), err)
	ee, err := decode[Envelope[int]](`{"ok": false, "data": "oops"}`)
	fmt.Printf("%+v %v\n", ee, err)
}
