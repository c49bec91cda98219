package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func encode(v any, sb *strings.Builder) error {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		if x {
			sb.WriteString("true")
		} else {
			sb.WriteString("false")
		}
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			if err := encode(e, sb); err != nil {
				return err
			}
		}
		sb.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Quote(k))
			sb.WriteByte(':')
			if err := encode(x[k], sb); err != nil {
				return fmt.Errorf("key %s: %w", k, err)
			}
		}
		sb.WriteByte('}')
	default:
		return fmt.Errorf("unsupported type %T", v)
	}
	return nil
}

func Marshal(v any) (string, error) {
	var sb strings.Builder
	if err := encode(v, &sb); err != nil {
		return "", err
	}
	return sb.String(), nil
}

func main() {
	doc := map[string]any{
		"name":    "gopher",
		"age":     13,
		"score":   97.5,
		"tags":    []any{"go", "mascot", 1, true, nil},
		"address": map[string]any{"city": "Mountain View", "zip": "94043"},
		"quote":   "say \"hi\"\n",
	}
	s, err := Marshal(doc)
	fmt.Println(s, err)
	_, err = Marshal(map[string]any{"bad": []any{1, struct{}{}}})
	fmt.Println("error:", err)
	out, _ := Marshal([]any{1.5, 2, "x"})
	fmt.Println(out)
}
