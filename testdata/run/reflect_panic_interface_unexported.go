package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func main() {
	v := reflect.ValueOf(T{3}).Field(0)
	fmt.Println(v.CanInterface(), v.Int(), v)
	fmt.Println(v.Interface())
}
