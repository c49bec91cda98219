package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Item struct {
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

func main() {
	const stream = `{"store": "corner", "items": [{"name": "apple", "price": 0.5}, {"name": "pear", "price": 0.75}], "open": true, "manager": null, "rating": 4.5}`
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%T: %v", t, t)
		if dec.More() {
			fmt.Print(" (more)")
		}
		fmt.Println()
	}

	// Streaming a large array element by element.
	dec = json.NewDecoder(strings.NewReader(`[{"name": "a", "price": 1}, {"name": "b", "price": 2.5}, {"name": "c", "price": 3}]`))
	t, err := dec.Token()
	fmt.Println(t, err)
	total := 0.0
	for dec.More() {
		var it Item
		if err := dec.Decode(&it); err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println(it.Name, it.Price)
		total += it.Price
	}
	t, err = dec.Token()
	fmt.Println(t, err, total)
	t, err = dec.Token()
	fmt.Println(t, err)

	dec = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	for i := 0; i < 3; i++ {
		t, err := dec.Token()
		fmt.Println(t, err)
	}
	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	for i := 0; i < 4; i++ {
		t, err := dec.Token()
		fmt.Println(t, err)
	}
}
