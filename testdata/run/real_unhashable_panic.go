package main

import "fmt"

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m["a"] = "string"
	m[[2]int{1, 2}] = "array"
	fmt.Println(len(m), m[1], m["a"], m[[2]int{1, 2}])
	var k interface{} = []int{1, 2}
	fmt.Println("inserting a slice key")
	m[k] = "slice"
	fmt.Println("unreachable")
}
