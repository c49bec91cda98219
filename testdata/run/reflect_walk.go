package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Address struct {
	Street string
	City   string
	Zip    *int
}

type Person struct {
	Name     string
	Age      int
	Emails   []string
	Address  Address
	Home     *Address
	Meta     map[string]any
	Friends  []*Person
	Score    float64
	Active   bool
	internal string
	Any      any
}

// dump prints any value recursively, as a generic printer would.
func dump(v reflect.Value, depth int) string {
	ind := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Invalid:
		return "invalid"
	case reflect.Pointer:
		if v.IsNil() {
			return "nil"
		}
		return "&" + dump(v.Elem(), depth)
	case reflect.Interface:
		if v.IsNil() {
			return "nil-iface"
		}
		return "iface(" + dump(v.Elem(), depth) + ")"
	case reflect.Struct:
		var b strings.Builder
		b.WriteString(v.Type().Name() + " {\n")
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			b.WriteString(fmt.Sprintf("%s  %s: %s\n", ind, f.Name, dump(v.Field(i), depth+1)))
		}
		b.WriteString(ind + "}")
		return b.String()
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return "nil-slice"
		}
		parts := []string{}
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, dump(v.Index(i), depth+1))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		parts := []string{}
		for _, k := range keys {
			parts = append(parts, k.String()+"="+dump(v.MapIndex(k), depth+1))
		}
		return "map[" + strings.Join(parts, " ") + "]"
	case reflect.String:
		return fmt.Sprintf("%q", v.String())
	case reflect.Int, reflect.Int64:
		return fmt.Sprint(v.Int())
	case reflect.Float64:
		return fmt.Sprint(v.Float())
	case reflect.Bool:
		return fmt.Sprint(v.Bool())
	}
	return "?" + v.Kind().String()
}

func main() {
	zip := 12345
	p := &Person{
		Name: "Ann", Age: 40, Emails: []string{"a@x", "b@y"},
		Address: Address{"Main", "Oslo", &zip},
		Meta:    map[string]any{"b": 2, "a": "one", "c": []int{1}},
		Friends: []*Person{{Name: "Bo"}, nil},
		Score:   9.5, internal: "hidden", Any: 3,
	}
	fmt.Println(dump(reflect.ValueOf(p), 0))
	fmt.Println(dump(reflect.ValueOf(Person{}), 0))
}
