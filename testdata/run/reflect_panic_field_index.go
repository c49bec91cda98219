package main

import (
	"fmt"
	"reflect"
)

type T struct{ A, B int }

func main() {
	v := reflect.ValueOf(T{})
	fmt.Println(v.NumField())
	fmt.Println(v.Field(2))
}
