package main

import (
	"fmt"
	"reflect"
)

func main() {
	var m map[string]int
	v := reflect.ValueOf(m)
	fmt.Println(v.IsNil(), v.Len())
	v.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
}
