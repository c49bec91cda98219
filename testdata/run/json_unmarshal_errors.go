package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Inner struct {
	X int `json:"x"`
}

type T struct {
	Age   int      `json:"age"`
	Name  string   `json:"name"`
	In    Inner    `json:"in"`
	List  []Inner  `json:"list"`
	Small int8     `json:"small"`
	U     uint     `json:"u"`
	F32   float32  `json:"f32"`
	M     map[string]int
	Arr   [2]bool
}

func try(s string) {
	var t T
	err := json.Unmarshal([]byte(s), &t)
	var se *json.SyntaxError
	var ue *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		fmt.Printf("%-28s syntax: %v (offset %d)\n", s, err, se.Offset)
	case errors.As(err, &ue):
		fmt.Printf("%-28s type: %v | value=%q offset=%d struct=%q field=%q\n", s, err, ue.Value, ue.Offset, ue.Struct, ue.Field)
	default:
		fmt.Printf("%-28s %v\n", s, err)
	}
	fmt.Printf("  -> %+v\n", t)
}

func main() {
	for _, s := range []string{
		`{"age":"x"}`,
		`{"age":1.5,"name":"kept"}`,
		`{"age":"x","name":"still set","u":3}`,
		`{"name":5}`,
		`{"in":{"x":"no"}}`,
		`{"in":[1]}`,
		`{"list":[{"x":1},{"x":true}]}`,
		`{"small":200}`,
		`{"small":-129}`,
		`{"u":-1}`,
		`{"f32":1e40}`,
		`{"M":{"a":"b"}}`,
		`{"Arr":[1,true]}`,
		`{"age":1e2}`,
		`[]`,
		`"str"`,
		`{"age":}`,
		`{"age":1,}`,
		`{age:1}`,
		`{"age" 1}`,
		`{"a":1 "b":2}`,
		`[1 2]`,
		`{"a":tru}`,
		`{"a":nul}`,
		`{"a":"\x"}`,
		`{"a":01}`,
		`{"a":-}`,
		`{"a":1.}`,
		`{"a":1e}`,
		`{"a":1}x`,
		``,
		`   `,
		`{`,
		`{"a":[1,2`,
		`"unterminated`,
		"\"tab\there\"",
		`nope`,
	} {
		try(s)
	}
	var t T
	fmt.Println(json.Unmarshal([]byte(`{}`), t))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var pt *T
	fmt.Println(json.Unmarshal([]byte(`{}`), pt))
	fmt.Println(json.Unmarshal([]byte(`{`), t))
	var ie *json.InvalidUnmarshalError
	fmt.Println(errors.As(json.Unmarshal([]byte(`1`), 5), &ie))
}
