package main

import "fmt"

func classify(x int) string {
	out := ""
	switch x {
	case 0:
		out += "zero "
		fallthrough
	case 1, 2:
		out += "small"
	case 3:
	default:
		out = "big"
	}
	return out
}

func main() {
	switch s := "b"; s {
	case "a", "b":
		fmt.Println("ab")
	}
	fmt.Println(classify(0), classify(2), classify(9))
}
