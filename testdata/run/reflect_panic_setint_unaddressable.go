package main

import (
	"fmt"
	"reflect"
)

func main() {
	x := 5
	v := reflect.ValueOf(x)
	fmt.Println(v.CanSet())
	v.SetInt(6)
}
