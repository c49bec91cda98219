package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(*reflect.ValueError); ok {
			fmt.Printf("%s: ValueError %s %v | %v\n", name, e.Method, e.Kind, e)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	x := 1
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Float on int", func() { reflect.ValueOf(1).Float() })
	try("Len on int", func() { reflect.ValueOf(1).Len() })
	try("MapKeys on slice", func() { reflect.ValueOf([]int{}).MapKeys() })
	try("SetInt unaddressable", func() { reflect.ValueOf(x).SetInt(2) })
	try("SetString on int", func() { reflect.ValueOf(&x).Elem().SetString("s") })
	try("Elem on struct", func() { reflect.ValueOf(struct{}{}).Elem() })
	try("Type of zero", func() { reflect.Value{}.Type() })
	try("Interface of zero", func() { reflect.Value{}.Interface() })
	try("Method index", func() { reflect.ValueOf(x).Method(0) })
	try("Addr unaddressable", func() { reflect.ValueOf(x).Addr() })
	try("Convert", func() { reflect.ValueOf("s").Convert(reflect.TypeOf(1)) })
	try("Call non-func", func() { reflect.ValueOf(1).Call(nil) })
	try("Key of slice", func() { reflect.TypeOf([]int{}).Key() })
	try("Len of slice type", func() { reflect.TypeOf([]int{}).Len() })
	try("In of int", func() { reflect.TypeOf(1).In(0) })
	try("Bits of string", func() { reflect.TypeOf("").Bits() })
	try("Index string", func() { reflect.ValueOf("ab").Index(5) })
	try("Slice", func() { reflect.ValueOf([]int{1}).Slice(0, 5) })
	try("Implements non-iface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	try("nil func call", func() { var f func(); reflect.ValueOf(f).Call(nil) })
	try("Set nil map", func() { var m map[int]int; reflect.ValueOf(m).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1)) })
	fmt.Println(x)
}
