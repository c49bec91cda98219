package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	inputs := []string{
		`"caf\u00e9"`,
		`"\ud83d\ude80 rocket"`,
		`"lone \ud800 high"`,
		`"lone \udc00 low"`,
		`"\ud800\u0041"`,
		`"bad utf8 ` + "\xff\xfe" + `"`,
		`"\/ \b \f \n \r \t \" \\"`,
		`"日本語"`,
		`"\u0000"`,
	}
	for _, in := range inputs {
		var s string
		err := json.Unmarshal([]byte(in), &s)
		fmt.Printf("%q %v\n", s, err)
		b, _ := json.Marshal(s)
		fmt.Println(string(b))
	}
	var m map[string]string
	json.Unmarshal([]byte(`{"k\u00e9y":"v"}`), &m)
	fmt.Println(m)
}
