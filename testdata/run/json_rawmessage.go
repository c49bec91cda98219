package main

import (
	"encoding/json"
	"fmt"
)

type Circle struct {
	R float64 `json:"r"`
}

type Rect struct {
	W, H float64
}

type Shape interface {
	Area() float64
}

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

type Envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

func parse(kind string, raw json.RawMessage) (Shape, error) {
	switch kind {
	case "circle":
		var c Circle
		err := json.Unmarshal(raw, &c)
		return c, err
	case "rect":
		var r Rect
		err := json.Unmarshal(raw, &r)
		return r, err
	}
	return nil, fmt.Errorf("unknown kind %q", kind)
}

func main() {
	input := `[{"kind":"circle","data":{"r":2}},{"kind":"rect","data":{"W":3,"H":4}},{"kind":"blob","data":[1,2]},{"kind":"circle","data":{"r":"big"}},{"kind":"rect"}]`
	var envs []Envelope
	if err := json.Unmarshal([]byte(input), &envs); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range envs {
		fmt.Printf("%s raw=%s nil=%v\n", e.Kind, e.Data, e.Data == nil)
		s, err := parse(e.Kind, e.Data)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Printf("  %T area=%v\n", s, s.Area())
	}
	// RawMessage passes pre-encoded JSON through (compacted).
	out := map[string]any{
		"cached": json.RawMessage(`{ "a" : [1, 2,3] }`),
		"text":   "plain",
	}
	b, err := json.Marshal(out)
	fmt.Println(string(b), err)
	var nilRaw json.RawMessage
	b, err = json.Marshal(struct{ R json.RawMessage }{nilRaw})
	fmt.Println(string(b), err)
	b, err = json.Marshal(struct{ R *json.RawMessage }{})
	fmt.Println(string(b), err)
	_, err = json.Marshal(json.RawMessage(`{bad}`))
	fmt.Println(err)
}
