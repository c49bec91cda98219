package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type T struct{ A int }

func main() {
	var t T
	var m map[string]int
	var s []int
	var ip *int
	for _, v := range []any{t, &t, nil, ip, m, &m, s, &s, 42, "str", (*T)(nil), new(*T)} {
		err := json.Unmarshal([]byte(`{"A": 1}`), v)
		var ie *json.InvalidUnmarshalError
		fmt.Printf("%T: %v (invalid=%v)\n", v, err, errors.As(err, &ie))
	}
	pp := new(*T)
	json.Unmarshal([]byte(`{"A": 5}`), pp)
	fmt.Println((*pp).A)
}
