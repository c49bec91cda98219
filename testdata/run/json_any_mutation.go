package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	doc := `{"name":"svc","replicas":2,"ports":[80,443],"labels":{"tier":"web"},"enabled":true}`
	var m map[string]any
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		panic(err)
	}
	m["replicas"] = m["replicas"].(float64) * 2
	ports := m["ports"].([]any)
	m["ports"] = append(ports, 8080)
	labels := m["labels"].(map[string]any)
	labels["env"] = "prod"
	delete(m, "enabled")
	m["owner"] = nil
	m["weights"] = []float64{0.25, 0.75}
	out, err := json.Marshal(m)
	fmt.Println(string(out), err)
	pretty, _ := json.MarshalIndent(m, "", "    ")
	fmt.Println(string(pretty))

	total := 0.0
	for _, p := range m["ports"].([]any) {
		switch v := p.(type) {
		case float64:
			total += v
		case int:
			total += float64(v)
		}
	}
	fmt.Println(total)
	var anyv any
	json.Unmarshal([]byte(`[1, [2, [3, [4]]]]`), &anyv)
	depth := 0
	for {
		arr, ok := anyv.([]any)
		if !ok || len(arr) < 2 {
			break
		}
		depth++
		anyv = arr[1]
	}
	fmt.Println("depth", depth, anyv)
}
