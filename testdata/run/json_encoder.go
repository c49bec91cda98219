package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Event struct {
	Type    string         `json:"type"`
	Payload map[string]any `json:"payload,omitempty"`
	Seq     int            `json:"seq"`
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n++
	if w.n > 1 {
		return 0, fmt.Errorf("disk full")
	}
	return len(p), nil
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Event{Type: "start", Seq: 1})
	enc.Encode(Event{Type: "data", Payload: map[string]any{"k": []int{1, 2}, "html": "<b>"}, Seq: 2})
	enc.Encode(nil)
	enc.Encode("string")
	enc.SetIndent("", "  ")
	enc.Encode(Event{Type: "end", Seq: 3})
	enc.SetIndent("# ", "\t")
	enc.Encode([]int{1, 2})
	enc.SetIndent("", "")
	enc.Encode(map[string]int{"b": 2, "a": 1})

	var buf bytes.Buffer
	e2 := json.NewEncoder(&buf)
	for i := 0; i < 3; i++ {
		e2.Encode(Event{Type: "tick", Seq: i})
	}
	fmt.Print(buf.String())
	fmt.Println(buf.Len(), strings.Count(buf.String(), "\n"))

	var sb strings.Builder
	json.NewEncoder(&sb).Encode([]string{"x"})
	fmt.Printf("%q\n", sb.String())

	err := enc.Encode(make(chan int))
	fmt.Println(err)
	err = enc.Encode(struct{ F func() }{})
	fmt.Println(err)

	fw := &failWriter{}
	e3 := json.NewEncoder(fw)
	fmt.Println(e3.Encode(1), e3.Encode(2), e3.Encode(3))
}
