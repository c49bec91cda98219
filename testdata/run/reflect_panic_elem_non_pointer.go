package main

import (
	"fmt"
	"reflect"
)

func main() {
	fmt.Println(reflect.TypeOf([]int{}).Elem())
	fmt.Println(reflect.ValueOf(3).Elem())
}
