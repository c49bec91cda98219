package main

import (
	"fmt"
	"reflect"
)

func main() {
	var v reflect.Value
	fmt.Println(v.IsValid(), v.Kind(), v.String(), v)
	fmt.Println(v.Type())
}
