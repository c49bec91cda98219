package main

import (
	"fmt"
	"strings"
	"unsafe"
)

func main() {
	s := "abc"
	clone := strings.Clone(s)
	fmt.Println(s == clone)
	fmt.Println(unsafe.StringData(s) == unsafe.StringData(clone))
	t := s
	p := unsafe.StringData(s)
	fmt.Println(p == unsafe.StringData(t), *p)
	b := []byte("hello, world")
	fmt.Println(unsafe.String(&b[7], 5), unsafe.String(unsafe.StringData(s), 2))
	fmt.Println(unsafe.StringData("") == nil, unsafe.String(nil, 0) == "")
	x := byte('Z')
	fmt.Println(unsafe.String(&x, 1))
	long := strings.Repeat("xy", 50)
	fmt.Println(unsafe.StringData(long) == unsafe.StringData(long[:]), len(unsafe.String(unsafe.StringData(long), 100)))
	defer func() {
		fmt.Println(recover())
		var q *byte
		fmt.Println(unsafe.String(q, 3))
	}()
	n := -1
	fmt.Println(unsafe.String(&x, n))
}
