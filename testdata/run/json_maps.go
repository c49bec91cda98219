package main

import (
	"encoding/json"
	"fmt"
)

type Key string

type Point struct{ X, Y int }

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13, "Alpha": 0, "": -1}
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	im := map[int]string{10: "ten", -1: "minus one", 2: "two", 100: "hundred"}
	b, _ = json.Marshal(im)
	fmt.Println(string(b))
	um := map[uint8]bool{255: true, 0: false}
	b, _ = json.Marshal(um)
	fmt.Println(string(b))
	km := map[Key][]int{"b": {1}, "a": nil}
	b, _ = json.Marshal(km)
	fmt.Println(string(b))
	nested := map[string]map[string][]Point{"grid": {"row1": {{1, 2}, {3, 4}}, "row0": {}}}
	b, _ = json.Marshal(nested)
	fmt.Println(string(b))
	var nilm map[string]int
	b, _ = json.Marshal(nilm)
	fmt.Println(string(b))
	anym := map[string]any{"n": 1, "s": "x", "l": []any{1, "two", nil, true, map[string]any{}}, "f": 2.5}
	b, _ = json.Marshal(anym)
	fmt.Println(string(b))
}
