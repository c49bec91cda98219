package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type Server struct {
	Host    string            `json:"host"`
	Ports   []int             `json:"ports"`
	Env     map[string]string `json:"env"`
	Empty   []string          `json:"empty"`
	None    map[string]int    `json:"none"`
	Nested  [][]int           `json:"nested"`
	Options struct {
		Verbose bool `json:"verbose"`
	} `json:"options"`
	Obj struct{} `json:"obj"`
}

func main() {
	s := Server{Host: "localhost", Ports: []int{80, 443}, Env: map[string]string{"B": "2", "A": "1"}, Empty: []string{}, Nested: [][]int{{1}, {}, {2, 3}}}
	b, err := json.MarshalIndent(s, "", "  ")
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(s, ">", "\t")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]any{1, "a", nil}, "", "")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(42, "  ", "  ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]any{}, "", "  ")
	fmt.Println(string(b))

	var out bytes.Buffer
	src := []byte(`  {"a": [1, 2, {"b" : null}], "c": "x y" , "d":{ } ,"e":[ ]}  `)
	fmt.Println(json.Indent(&out, src, "", "    "))
	fmt.Printf("%q\n", out.String())
	out.Reset()
	fmt.Println(json.Compact(&out, src))
	fmt.Printf("%q\n", out.String())
	out.Reset()
	err = json.Compact(&out, []byte(`{"a":1,}`))
	fmt.Println(err, out.Len())
	err = json.Indent(&out, []byte(`[1,2`), "", " ")
	fmt.Println(err, out.Len())
	for _, v := range []string{`{}`, `[1,2,3]`, `"x"`, ` 1 `, `{"a":}`, ``, `[1,]`, `nul`, `{"a":1}{}`} {
		fmt.Printf("%q %v\n", v, json.Valid([]byte(v)))
	}
}
