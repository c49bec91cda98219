package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" validate:"required"`
	Age   int    `json:"age,omitempty"`
	email string
	Tags  []string
}

func (u User) Greet(greeting string) string { return greeting + ", " + u.Name }
func (u *User) SetName(n string)            { u.Name = n }

func main() {
	u := User{Name: "Ann", Age: 30, email: "a@b", Tags: []string{"x"}}
	t := reflect.TypeOf(u)
	fmt.Println(t, t.Name(), t.Kind(), t.NumField(), t.PkgPath())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.IsExported(), f.Index, f.Offset)
	}
	v := reflect.ValueOf(u)
	fmt.Println(v, v.Field(0), v.Field(1).Int(), v.Kind())
	p := reflect.ValueOf(&u).Elem()
	p.Field(0).SetString("Bob")
	p.FieldByName("Age").SetInt(41)
	fmt.Println(u.Name, u.Age, p.Field(2).CanSet(), p.Field(0).CanSet(), v.Field(0).CanSet())
	fmt.Println(t.NumMethod(), reflect.TypeOf(&u).NumMethod())
	m := reflect.ValueOf(u).MethodByName("Greet")
	out := m.Call([]reflect.Value{reflect.ValueOf("Hi")})
	fmt.Println(out[0].String(), m.Type())
	reflect.ValueOf(&u).MethodByName("SetName").Call([]reflect.Value{reflect.ValueOf("Zed")})
	fmt.Println(u.Name)
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 1}))
	x := 3.5
	reflect.ValueOf(&x).Elem().SetFloat(1.25)
	fmt.Println(x, reflect.ValueOf(x).Float(), reflect.ValueOf(3).String(), reflect.ValueOf("s").String())
	s := []int{1, 2, 3}
	sv := reflect.ValueOf(s)
	sv.Index(1).SetInt(20)
	fmt.Println(s, sv.Len(), sv.Index(2), reflect.Append(sv, reflect.ValueOf(4)))
	mv := reflect.ValueOf(map[string]int{"k": 7})
	fmt.Println(mv.MapIndex(reflect.ValueOf("k")), mv.Len(), mv.MapKeys())
	var e error
	et := reflect.TypeOf(&e).Elem()
	fmt.Println(et, et.Kind(), et.NumMethod(), reflect.TypeOf(fmt.Errorf("x")).Implements(et))
	fmt.Println(reflect.Zero(t), reflect.New(t).Elem().Field(1))
}
