package main

import (
	"fmt"
	"sort"
	"strings"
)

type Vars map[string]string

func render(tpl string, vars Vars) (string, []string) {
	var sb strings.Builder
	var missing []string
	for {
		i := strings.Index(tpl, "{{")
		if i < 0 {
			sb.WriteString(tpl)
			break
		}
		j := strings.Index(tpl[i:], "}}")
		if j < 0 {
			sb.WriteString(tpl)
			break
		}
		sb.WriteString(tpl[:i])
		expr := strings.TrimSpace(tpl[i+2 : i+j])
		name, filter, _ := strings.Cut(expr, "|")
		name = strings.TrimSpace(name)
		val, ok := vars[name]
		if !ok {
			missing = append(missing, name)
			val = "<" + name + "?>"
		}
		switch strings.TrimSpace(filter) {
		case "upper":
			val = strings.ToUpper(val)
		case "title":
			if val != "" {
				val = strings.ToUpper(val[:1]) + val[1:]
			}
		case "len":
			val = fmt.Sprint(len(val))
		}
		sb.WriteString(val)
		tpl = tpl[i+j+2:]
	}
	return sb.String(), missing
}

func main() {
	tpl := `Dear {{ name | title }},
Your order #{{order}} of {{ qty }} x {{item|upper}} ships to {{ city }}.
Name length: {{name|len}}. {{ unclosed`
	out, missing := render(tpl, Vars{"name": "ada", "order": "1042", "qty": "3", "item": "widget"})
	fmt.Println(out)
	fmt.Println("missing:", missing)
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		fmt.Printf("%02d|%-60s|%3d\n", i+1, l, len(l))
	}
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	keys := []string{"b", "a", "c"}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	fmt.Println(keys, strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.SplitN("a,b,c,d", ",", 2), strings.Fields("  a  b "))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
}
