package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Level int

type Coord struct{ X, Y int }

func (c Coord) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", c.X, c.Y)), nil }

func (c *Coord) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &c.X, &c.Y)
	return err
}

func keys[V any](m map[Coord]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, fmt.Sprint(k))
	}
	sort.Strings(ks)
	return ks
}

func main() {
	var ints map[int]string
	fmt.Println(json.Unmarshal([]byte(`{"1":"one","-20":"minus twenty","300":"x"}`), &ints), ints)
	var small map[int8]bool
	fmt.Println(json.Unmarshal([]byte(`{"1":true,"300":false}`), &small), small)
	var us map[uint]int
	fmt.Println(json.Unmarshal([]byte(`{"-1":1}`), &us), us)
	var lv map[Level]float64
	fmt.Println(json.Unmarshal([]byte(`{"3":0.5}`), &lv), lv)
	var bad map[int]int
	fmt.Println(json.Unmarshal([]byte(`{"x":1}`), &bad), bad)
	grid := map[Coord]string{{1, 2}: "a", {0, 5}: "b", {10, 0}: "c"}
	b, err := json.Marshal(grid)
	fmt.Println(string(b), err)
	var back map[Coord]string
	fmt.Println(json.Unmarshal(b, &back), strings.Join(keys(back), ","), back[Coord{10, 0}])
	nested := map[string]map[int][]string{"x": {2: {"b"}, 1: {"a"}}}
	b, _ = json.Marshal(nested)
	fmt.Println(string(b))
	var n2 map[string]map[int][]string
	fmt.Println(json.Unmarshal(b, &n2), n2)
}
