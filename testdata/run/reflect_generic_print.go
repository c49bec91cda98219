package main

import (
	"fmt"
	"reflect"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"Red", "Green"}[c] }

type Item struct {
	Name  string
	Color Color
	Sizes []int
	Attrs map[string]string
	Next  *Item
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	it := Item{"shirt", Green, []int{1, 2}, map[string]string{"a": "b"}, nil}
	v := reflect.ValueOf(it)
	fmt.Println(v)
	fmt.Printf("%v|%+v|%d|%s\n", v, v, v.Field(2), v.Field(1))
	fmt.Println(v.Field(1), v.Field(1).Interface(), v.Field(1).Int())
	fmt.Println(v.Field(4), v.Field(4).IsNil())
	fmt.Printf("%T %T\n", v, v.Type())
	fmt.Println(v.Type(), v.Type().Field(1).Type, v.Type().Field(1).Type.PkgPath())
	var zero reflect.Value
	fmt.Println(zero)
	fmt.Printf("[%v] [%s]\n", zero, reflect.ValueOf(1.5).String())
	p := Pair[string, []int]{"k", []int{1}}
	pt := reflect.TypeOf(p)
	fmt.Println(pt, pt.Name(), pt.Field(1).Type)
	fmt.Println(reflect.ValueOf(&p))
	fmt.Println(reflect.ValueOf(&p).Elem().Field(0))
	types := map[reflect.Type]string{}
	for _, x := range []any{1, "a", 2, 3.0, Red, "b"} {
		types[reflect.TypeOf(x)] += fmt.Sprint(x)
	}
	fmt.Println(len(types), types[reflect.TypeOf(0)], types[reflect.TypeOf("")], types[reflect.TypeOf(Green)])
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(int64(2)), reflect.TypeOf(Item{}).Field(4).Type.Elem() == reflect.TypeOf(it))
}
