package main

import (
	"encoding/json"
	"fmt"
)

type Strict struct{ V int }

func (s *Strict) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		panic(fmt.Sprintf("Strict: null not allowed (got %s)", b))
	}
	return json.Unmarshal(b, &s.V)
}

func main() {
	var xs []Strict
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 3]`), &xs), xs)
	var s Strict
	json.Unmarshal([]byte(`null`), &s)
	fmt.Println("unreachable")
}
