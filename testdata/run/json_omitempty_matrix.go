package main

import (
	"encoding/json"
	"fmt"
)

type Inner struct{ A int }

type Matrix struct {
	S    string         `json:"s,omitempty"`
	I    int            `json:"i,omitempty"`
	I8   int8           `json:"i8,omitempty"`
	U    uint64         `json:"u,omitempty"`
	F    float32        `json:"f,omitempty"`
	B    bool           `json:"b,omitempty"`
	P    *Inner         `json:"p,omitempty"`
	PS   *string        `json:"ps,omitempty"`
	Sl   []string       `json:"sl,omitempty"`
	M    map[string]any `json:"m,omitempty"`
	A0   [0]int         `json:"a0,omitempty"`
	A2   [2]int         `json:"a2,omitempty"`
	St   Inner          `json:"st,omitempty"`
	If   any            `json:"if,omitempty"`
	Z    Inner          `json:"z,omitzero"`
	ZP   *Inner         `json:"zp,omitzero"`
	ZA   [2]int         `json:"za,omitzero"`
	ZS   []int          `json:"zs,omitzero"`
	Both int            `json:"both,omitempty,omitzero"`
}

func main() {
	var m Matrix
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	empty := ""
	m = Matrix{PS: &empty, Sl: []string{}, M: map[string]any{}, If: 0, Z: Inner{1}, ZP: &Inner{}, ZA: [2]int{0, 1}, ZS: []int{}}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
	m = Matrix{S: "s", I: -1, I8: 1, U: 1, F: 0.5, B: true, P: &Inner{}, Sl: []string{""}, M: map[string]any{"k": nil}, If: false, Both: 2}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
}
