package main

import (
	"fmt"
	"reflect"
)

func main() {
	x := 1
	fmt.Println(x)
	reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("str"))
}
