package main

import (
	"strings"
	"fmt"
)

func shout(s string) string { return strings.Repeat(s, 2) + "!" }

type Pair struct{ A, B int }

func main() {
	msg := shout("hi")
	fmt.Println(msg)
	unused := 3
	_ = shout("expression")
	_ = unused
}
