package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Calculator struct {
	Base int
}

func (c Calculator) Add(a, b int) int               { return c.Base + a + b }
func (c Calculator) Describe() string               { return fmt.Sprintf("calc(%d)", c.Base) }
func (c *Calculator) Inc()                          { c.Base++ }
func (c Calculator) Div(a, b int) (int, error)      { if b == 0 { return 0, fmt.Errorf("div by zero") }; return a / b, nil }
func (c Calculator) Join(sep string, xs ...string) string { return strings.Join(xs, sep) }
func (c Calculator) private()                       {}

type Greeter interface {
	Greet(name string) string
}

type English struct{}

func (English) Greet(name string) string { return "Hello, " + name }

func main() {
	c := Calculator{Base: 10}
	t := reflect.TypeOf(c)
	pt := reflect.TypeOf(&c)
	fmt.Println(t.NumMethod(), pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println(i, m.Name, m.Type, m.Index, m.PkgPath == "")
	}
	m, ok := t.MethodByName("Add")
	fmt.Println(m.Name, ok, m.Type.NumIn(), m.Type.In(0), m.Func.Call([]reflect.Value{reflect.ValueOf(c), reflect.ValueOf(1), reflect.ValueOf(2)})[0])
	_, ok = t.MethodByName("Inc")
	fmt.Println("Inc on value type:", ok)
	_, ok = t.MethodByName("private")
	fmt.Println("private:", ok)

	v := reflect.ValueOf(&c)
	// Dispatch by name, as command routers do.
	for _, call := range []struct {
		name string
		args []any
	}{
		{"Add", []any{1, 2}},
		{"Describe", nil},
		{"Inc", nil},
		{"Describe", nil},
		{"Div", []any{7, 2}},
		{"Div", []any{7, 0}},
		{"Join", []any{"-", "a", "b", "c"}},
		{"Join", []any{"+"}},
		{"Missing", nil},
	} {
		mv := v.MethodByName(call.name)
		if !mv.IsValid() {
			fmt.Println(call.name, "not found")
			continue
		}
		in := make([]reflect.Value, len(call.args))
		for i, a := range call.args {
			in[i] = reflect.ValueOf(a)
		}
		out := mv.Call(in)
		parts := []string{}
		for _, o := range out {
			parts = append(parts, fmt.Sprintf("%v(%s)", o, o.Type()))
		}
		fmt.Println(call.name, mv.Type(), "->", strings.Join(parts, ", "))
	}
	fmt.Println(c.Base)
	// CallSlice passes the variadic slice as is.
	out := v.MethodByName("Join").CallSlice([]reflect.Value{reflect.ValueOf("/"), reflect.ValueOf([]string{"x", "y"})})
	fmt.Println(out[0])
	// Methods through an interface value.
	var g Greeter = English{}
	gv := reflect.ValueOf(&g).Elem()
	fmt.Println(gv.Kind(), gv.NumMethod(), gv.Method(0).Call([]reflect.Value{reflect.ValueOf("Go")})[0])
	fmt.Println(reflect.ValueOf(g).MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("you")})[0])
	// A method value as a func.
	f := v.MethodByName("Add").Interface().(func(int, int) int)
	fmt.Println(f(100, 200))
	// Plain functions.
	fn := reflect.ValueOf(strings.Repeat)
	fmt.Println(fn.Type(), fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})[0])
	sum := func(xs ...int) (int, int) {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t, len(xs)
	}
	res := reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(res[0].Int(), res[1].Int(), reflect.TypeOf(sum).IsVariadic())
}
