package main

import (
	"fmt"
	"reflect"
)

func main() {
	f := reflect.ValueOf(func(a, b int) int { return a + b })
	fmt.Println(f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})[0])
	f.Call([]reflect.Value{reflect.ValueOf(1)})
}
