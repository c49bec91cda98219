package main

import (
	"fmt"
	"reflect"
)

func main() {
	f := reflect.ValueOf(func(a int) int { return a })
	fmt.Println(f.Type())
	f.Call([]reflect.Value{reflect.ValueOf("x")})
}
