package main

import (
	"fmt"
	"reflect"
)

type T struct{ secret int }

func main() {
	t := T{1}
	v := reflect.ValueOf(&t).Elem().Field(0)
	fmt.Println(v.CanSet(), v.Int())
	v.SetInt(2)
}
