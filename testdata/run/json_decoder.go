package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Msg struct {
	ID   int    `json:"id"`
	Text string `json:"text"`
}

func main() {
	// A stream of concatenated values.
	r := strings.NewReader(`{"id":1,"text":"hello"} {"id":2,"text":"world"}
	[1,2,3] "str" 4.5 true null {"id":3}`)
	dec := json.NewDecoder(r)
	for {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}

	// Typed decoding from a bytes.Buffer.
	var buf bytes.Buffer
	buf.WriteString(`{"id": 10, "text": "a"}` + "\n" + `{"id": 11, "text": "b"}` + "\n")
	d2 := json.NewDecoder(&buf)
	for d2.More() {
		var m Msg
		if err := d2.Decode(&m); err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%+v\n", m)
	}

	// UseNumber keeps numbers' text.
	d3 := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "f": 1.50, "arr": [1, 2e3]}`))
	d3.UseNumber()
	var m map[string]any
	fmt.Println(d3.Decode(&m))
	n := m["big"].(json.Number)
	fmt.Printf("%T %v %s\n", n, n, m["f"])
	_, err := n.Int64()
	fmt.Println(err)
	fmt.Println(m["arr"])

	// DisallowUnknownFields.
	d4 := json.NewDecoder(strings.NewReader(`{"id": 1, "extra": true}`))
	d4.DisallowUnknownFields()
	var mm Msg
	fmt.Println(d4.Decode(&mm), mm)

	// Errors: syntax error mid-stream, truncated input, type error.
	d5 := json.NewDecoder(strings.NewReader(`{"id": 1} {"id": x}`))
	var a, b Msg
	fmt.Println(d5.Decode(&a), a)
	fmt.Println(d5.Decode(&b))
	fmt.Println(d5.Decode(&b))
	d6 := json.NewDecoder(strings.NewReader(`{"id": 1, "text": "trunc`))
	fmt.Println(d6.Decode(&a))
	d7 := json.NewDecoder(strings.NewReader(`{"id": "one"} {"id": 2}`))
	var c Msg
	fmt.Println(d7.Decode(&c), c)
	fmt.Println(d7.Decode(&c), c)
	d8 := json.NewDecoder(strings.NewReader(``))
	fmt.Println(d8.Decode(&c))
	d9 := json.NewDecoder(strings.NewReader(`   `))
	fmt.Println(d9.Decode(&c), d9.More())
}
