package main

import (
	"fmt"
	"reflect"
)

func main() {
	v := reflect.ValueOf("hello")
	fmt.Println(v.Kind())
	fmt.Println(v.Int())
}
