package main

import (
	"encoding/json"
	"fmt"
)

type Opts struct {
	A   string  `json:"a,omitempty"`
	B   int     `json:"b,omitempty"`
	C   bool    `json:",omitempty"`
	D   float64 `json:"d,omitempty"`
	E   []int   `json:"e,omitempty"`
	F   map[string]int `json:"f,omitempty"`
	G   *int    `json:"g,omitempty"`
	H   any     `json:"h,omitempty"`
	I   [0]int  `json:"i,omitempty"`
	J   struct{} `json:"j,omitempty"`
	K   string  `json:"-"`
	L   string  `json:"-,"`
	M   int     `json:"m,string"`
	N   bool    `json:"n,string"`
	O   string  `json:"o,string"`
	P   float64 `json:"p,string"`
	Q   int     `json:"q,omitzero"`
	R   string  `json:"r s"`
	T   string  `xml:"t" json:"tee"`
	U   uint    `json:""`
	V   int     `json:"v,omitempty,string"`
}

func main() {
	var o Opts
	b, _ := json.Marshal(o)
	fmt.Println(string(b))
	n := 0
	o = Opts{A: "x", B: 1, C: true, D: 0.5, E: []int{}, F: map[string]int{"k": 1}, G: &n, H: 0, K: "k", L: "l", M: 42, N: true, O: "str", P: 1.25, Q: 3, R: "r", T: "t", U: 9, V: 5}
	b, _ = json.Marshal(o)
	fmt.Println(string(b))
}
