package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	for _, n := range []int{100, 5000, 10001} {
		s := strings.Repeat("[", n) + strings.Repeat("]", n)
		var v any
		err := json.Unmarshal([]byte(s), &v)
		fmt.Println(n, err, json.Valid([]byte(s)))
	}
}
