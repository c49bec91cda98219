package main

import (
	"fmt"
	"strconv"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func main() {
	try("FormatInt base 1", func() { fmt.Println(strconv.FormatInt(5, 1)) })
	try("FormatUint base 37", func() { fmt.Println(strconv.FormatUint(5, 37)) })
	try("FormatFloat bitSize 16", func() { fmt.Println(strconv.FormatFloat(1.5, 'g', -1, 16)) })
	fmt.Println(strconv.FormatFloat(1.5, 'g', -1, 64))
	fmt.Println(strconv.FormatInt(-8, 2))
	fmt.Println(strconv.FormatFloat(1.5, 'g', 2, 32))
	strconv.FormatInt(1, 0)
}
