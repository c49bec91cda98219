package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

func render(v Value, indent string, sb *strings.Builder) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			render(e, indent+"  ", sb)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", indent, k)
			render(x[k], indent+"  ", sb)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func count(v Value) (n int) {
	switch x := v.(type) {
	case []Value:
		for _, e := range x {
			n += count(e)
		}
	case map[string]Value:
		for _, e := range x {
			n += count(e)
		}
	}
	return n + 1
}

func main() {
	doc := map[string]Value{
		"name":    "gint",
		"version": 1.5,
		"tags":    []Value{"go", "interpreter", 42, nil, true},
		"nested":  map[string]Value{"a": []Value{}, "b": map[string]Value{"deep": "x\ty\"z"}},
		"weird":   struct{}{},
		"big":     1e21,
		"small":   0.000001,
	}
	var sb strings.Builder
	render(doc, "", &sb)
	fmt.Println(sb.String())
	fmt.Println("nodes:", count(doc))
	fmt.Println(strconv.Quote("héllo\n\x00"), strconv.QuoteToASCII("héllo"), strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2))
	v, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", v, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	f, _ := strconv.ParseFloat("1e-3", 64)
	fmt.Println(f, strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(2.5e10, 'e', 2, 64))
}
