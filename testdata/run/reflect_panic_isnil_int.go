package main

import (
	"fmt"
	"reflect"
)

func main() {
	fmt.Println(reflect.ValueOf((*int)(nil)).IsNil())
	fmt.Println(reflect.ValueOf(0).IsNil())
}
