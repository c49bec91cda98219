package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	j := 5
	fmt.Println(s[:3], s[1:2:3])
	fmt.Println(s[:j])
}
