package main

import (
	"fmt"
	"reflect"
	"strings"
)

// makeLogged wraps any function, printing its arguments and results.
func makeLogged(name string, f any) any {
	fv := reflect.ValueOf(f)
	wrapped := reflect.MakeFunc(fv.Type(), func(args []reflect.Value) []reflect.Value {
		parts := []string{}
		for _, a := range args {
			parts = append(parts, fmt.Sprint(a.Interface()))
		}
		out := fv.Call(args)
		fmt.Printf("%s(%s) = %d results\n", name, strings.Join(parts, ", "), len(out))
		return out
	})
	return wrapped.Interface()
}

func main() {
	add := makeLogged("add", func(a, b int) int { return a + b }).(func(int, int) int)
	fmt.Println(add(2, 3))
	div := makeLogged("div", func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return a / b, nil
	}).(func(float64, float64) (float64, error))
	fmt.Println(div(1, 4))
	fmt.Println(div(1, 0))
	upper := makeLogged("upper", strings.ToUpper).(func(string) string)
	fmt.Println(upper("shout"))
	// A swap function for any type, as in reflect's documentation.
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := reflect.ValueOf(&intSwap).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
	fmt.Println(intSwap(0, 1))
	var strSwap func(string, string) (string, string)
	sv := reflect.ValueOf(&strSwap).Elem()
	sv.Set(reflect.MakeFunc(sv.Type(), swap))
	fmt.Println(strSwap("a", "b"))
	fmt.Println(reflect.TypeFor[int](), reflect.TypeFor[error](), reflect.TypeFor[[]string]().Elem())
	fmt.Println(reflect.ArrayOf(4, reflect.TypeOf("")), reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0)), reflect.ArrayOf(2, reflect.TypeOf(0)) == reflect.TypeOf([2]int{}))
	bad := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil })
	defer func() { fmt.Println("recovered:", recover()) }()
	bad.Call(nil)
}
