package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

func describe(v any, indent string) {
	switch x := v.(type) {
	case nil:
		fmt.Println(indent + "null")
	case bool:
		fmt.Println(indent+"bool", x)
	case float64:
		fmt.Println(indent+"float64", x)
	case string:
		fmt.Printf("%sstring %q\n", indent, x)
	case []any:
		fmt.Println(indent+"array of", len(x))
		for _, e := range x {
			describe(e, indent+"  ")
		}
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(indent+"object with", keys)
		for _, k := range keys {
			fmt.Println(indent + "  " + k + ":")
			describe(x[k], indent+"    ")
		}
	default:
		fmt.Printf("%sother %T\n", indent, x)
	}
}

func main() {
	data := `{"users":[{"name":"ann","age":31,"admin":true},{"name":"bob","age":27.5,"admin":false,"tags":null}],"count":2,"meta":{"page":1,"next":null,"big":1e300,"neg":-0.0}}`
	var v any
	if err := json.Unmarshal([]byte(data), &v); err != nil {
		fmt.Println("error:", err)
		return
	}
	describe(v, "")
	m := v.(map[string]any)
	users := m["users"].([]any)
	first := users[0].(map[string]any)
	fmt.Println(first["name"], first["age"].(float64)+1)
	fmt.Printf("%v\n", m["meta"])
	fmt.Println(v)

	var arr []any
	json.Unmarshal([]byte(`[1, "a", [true], {}]`), &arr)
	fmt.Println(arr, len(arr))
	var mp map[string]any
	json.Unmarshal([]byte(`{"x": [], "y": {}}`), &mp)
	fmt.Println(mp)
	var iface any = 5
	json.Unmarshal([]byte(`"replaced"`), &iface)
	fmt.Println(iface)
	var p *int
	var holder any = &p
	fmt.Println(json.Unmarshal([]byte(`12`), holder), *p)
	b, _ := json.Marshal(v)
	fmt.Println(string(b))
}
