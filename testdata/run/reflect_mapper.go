package main

import (
	"fmt"
	"reflect"
)

type Src struct {
	Name  string
	Age   int
	Email string
	Extra []int
}

type Dst struct {
	Name  string
	Age   int64
	Email *string
	Extra []int
	Other bool
}

// copyByName copies same-named fields whose types are assignable or convertible.
func copyByName(dst, src any) {
	dv := reflect.ValueOf(dst).Elem()
	sv := reflect.ValueOf(src)
	for i := 0; i < sv.NumField(); i++ {
		name := sv.Type().Field(i).Name
		df := dv.FieldByName(name)
		if !df.IsValid() {
			continue
		}
		sf := sv.Field(i)
		switch {
		case sf.Type().AssignableTo(df.Type()):
			df.Set(sf)
		case sf.Type().ConvertibleTo(df.Type()):
			df.Set(sf.Convert(df.Type()))
		case df.Kind() == reflect.Pointer && sf.Type().AssignableTo(df.Type().Elem()):
			p := reflect.New(df.Type().Elem())
			p.Elem().Set(sf)
			df.Set(p)
		}
	}
}

func main() {
	var d Dst
	copyByName(&d, Src{"Ann", 30, "a@b", []int{1}})
	fmt.Println(d.Name, d.Age, *d.Email, d.Extra, d.Other)
	// Odd uses that must not crash.
	var v reflect.Value
	fmt.Println(v.IsValid(), v.Kind(), v.CanAddr(), v.CanSet())
	fmt.Println(reflect.ValueOf(nil).IsValid(), reflect.Indirect(reflect.ValueOf((*int)(nil))).IsValid())
	fmt.Println(reflect.ValueOf([]int(nil)).Len(), reflect.ValueOf(map[int]int(nil)).Len(), reflect.ValueOf((chan int)(nil)).Len())
	fmt.Println(reflect.Zero(reflect.TypeOf([3]int{})).Index(2), reflect.ValueOf(struct{}{}).NumField())
	fmt.Println(reflect.ValueOf(&d).Elem().FieldByName("Nope").IsValid())
	e := reflect.ValueOf(&d).Elem().Field(2)
	fmt.Println(e.Elem().CanSet(), e.Elem().String())
	fmt.Println(reflect.New(reflect.TypeOf((*error)(nil)).Elem()).Elem().IsNil())
	fmt.Println(reflect.MakeSlice(reflect.TypeOf([]struct{ A [2]int }{}), 2, 2).Index(1).Field(0).Index(1))
}
