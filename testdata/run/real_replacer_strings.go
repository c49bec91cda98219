package main

import (
	"fmt"
	"strings"
)

func slugify(s string) string {
	r := strings.NewReplacer(" ", "-", "_", "-", ".", "", ",", "")
	return strings.Trim(strings.ToLower(r.Replace(s)), "-")
}

func template(t string, vars map[string]string) string {
	var sb strings.Builder
	for {
		i := strings.Index(t, "{{")
		if i < 0 {
			sb.WriteString(t)
			break
		}
		j := strings.Index(t[i:], "}}")
		if j < 0 {
			sb.WriteString(t)
			break
		}
		sb.WriteString(t[:i])
		key := strings.TrimSpace(t[i+2 : i+j])
		if v, ok := vars[key]; ok {
			sb.WriteString(v)
		} else {
			sb.WriteString("<" + key + "?>")
		}
		t = t[i+j+2:]
	}
	return sb.String()
}

func main() {
	for _, s := range []string{"Hello World", "  Go_is fun.  ", "a,b,c"} {
		fmt.Printf("%q -> %q\n", s, slugify(s))
	}
	out := template("Dear {{ name }}, your order #{{id}} ships {{when}}.", map[string]string{"name": "Ann", "id": "42"})
	fmt.Println(out)
	fmt.Println(strings.Count("banana", "a"), strings.LastIndexByte("banana", 'n'), strings.ContainsAny("hello", "xyz"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.SplitAfter("a,b,c", ","), strings.Compare("a", "b"), strings.ToUpper("ß"))
	fmt.Println(strings.TrimRight("xx--", "-"), strings.TrimSuffix("file.go", ".go"), strings.Repeat("=", 10))
	r := strings.NewReader("abc")
	b := make([]byte, 2)
	n, _ := r.Read(b)
	fmt.Println(n, string(b[:n]), r.Len())
}
