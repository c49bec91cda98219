package main

import (
	"fmt"
	"reflect"
)

func main() {
	v := reflect.ValueOf(42)
	fmt.Println(v.Field(0))
}
