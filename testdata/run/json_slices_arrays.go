package main

import (
	"encoding/json"
	"fmt"
)

type Cell struct {
	V int `json:"v"`
}

func main() {
	var grid [][]float64
	fmt.Println(json.Unmarshal([]byte(`[[1,2.5],[],[3]]`), &grid), grid, len(grid[1]), grid[1] == nil)
	var ptrs []*Cell
	fmt.Println(json.Unmarshal([]byte(`[{"v":1},null,{"v":3}]`), &ptrs), len(ptrs), ptrs[0].V, ptrs[1] == nil, ptrs[2].V)
	b, _ := json.Marshal(ptrs)
	fmt.Println(string(b))
	existing := []Cell{{10}, {20}, {30}}
	fmt.Println(json.Unmarshal([]byte(`[{}, {"v": 2}]`), &existing), existing)
	var arr [2][3]int
	fmt.Println(json.Unmarshal([]byte(`[[1,2,3,4],[5]]`), &arr), arr)
	var bools []bool
	fmt.Println(json.Unmarshal([]byte(`[true,false,true]`), &bools), bools)
	var strs []string
	fmt.Println(json.Unmarshal([]byte(`["a","b\u0063",""]`), &strs), strs, len(strs))
	var u8s []uint8
	fmt.Println(json.Unmarshal([]byte(`"AQID"`), &u8s), u8s)
	var f32 []float32
	fmt.Println(json.Unmarshal([]byte(`[0.1, 1e10, -3]`), &f32), f32)
	b, _ = json.Marshal([][]string{{"a"}, nil, {}})
	fmt.Println(string(b))
	b, _ = json.Marshal([2][]int{})
	fmt.Println(string(b))
	var anyArr [2]any
	fmt.Println(json.Unmarshal([]byte(`[1, "x", true]`), &anyArr), anyArr)
}
