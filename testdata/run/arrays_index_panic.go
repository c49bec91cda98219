package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	i := 5
	fmt.Println(a[0])
	a[i] = 1
	fmt.Println("unreachable")
}
