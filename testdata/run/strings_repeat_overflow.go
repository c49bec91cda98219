package main

import (
	"fmt"
	"strings"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(len(strings.Repeat("ab", 3)))
	s := strings.Repeat("ab", 1<<62)
	fmt.Println(len(s))
}
