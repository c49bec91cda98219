package main

import (
	"encoding/json"
	"fmt"
)

type Stats struct {
	Count   int64   `json:"count,string"`
	Ratio   float64 `json:"ratio,string"`
	OK      bool    `json:"ok,string"`
	Label   string  `json:"label,string"`
	Ptr     *int    `json:"ptr,string"`
	NotScal []int   `json:"list,string"`
}

func main() {
	n := 7
	s := Stats{Count: 1 << 40, Ratio: 0.25, OK: true, Label: "hi", Ptr: &n, NotScal: []int{1}}
	b, _ := json.Marshal(s)
	fmt.Println(string(b))
	var back Stats
	err := json.Unmarshal(b, &back)
	fmt.Println(err, back.Count, back.Ratio, back.OK, back.Label, *back.Ptr, back.NotScal)
	var t Stats
	fmt.Println(json.Unmarshal([]byte(`{"count":"12","ratio":"1.5","ok":"false","label":"\"q\""}`), &t), t.Count, t.Ratio, t.OK, t.Label)
}
