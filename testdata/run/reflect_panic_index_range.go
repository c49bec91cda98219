package main

import (
	"fmt"
	"reflect"
)

func main() {
	v := reflect.ValueOf([]int{1, 2, 3})
	fmt.Println(v.Index(2))
	fmt.Println(v.Index(3))
}
