package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Handler func(w *strings.Builder, args ...string) error

func describe(f any) {
	t := reflect.TypeOf(f)
	fmt.Printf("%v kind=%v name=%q variadic=%v in=%d out=%d\n", t, t.Kind(), t.Name(), t.IsVariadic(), t.NumIn(), t.NumOut())
	for i := 0; i < t.NumIn(); i++ {
		fmt.Printf("  in %d: %v (%v)\n", i, t.In(i), t.In(i).Kind())
	}
	for i := 0; i < t.NumOut(); i++ {
		fmt.Printf("  out %d: %v\n", i, t.Out(i))
	}
}

func main() {
	describe(func() {})
	describe(strings.Split)
	describe(func(format string, a ...any) string { return "" })
	describe(func(a int, b ...float64) (x []string, err error) { return })
	describe(Handler(nil))
	describe(func(func(int) bool) map[string]chan<- int { return nil })
	var h Handler
	fmt.Println(reflect.ValueOf(h).IsNil(), reflect.ValueOf(describe).IsNil())
	ft := reflect.TypeOf(describe)
	fmt.Println(ft.In(0) == reflect.TypeOf((*any)(nil)).Elem(), ft.In(0).NumMethod())
}
