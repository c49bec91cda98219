package main

import "fmt"

func main() {
	var a, b int
	n, err := fmt.Scanln(&a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Scanln(&a, &b)
	fmt.Println(n, err, a, b)
	var s string
	n, err = fmt.Scan(&s, &a)
	fmt.Println(n, err, s)
	n, err = fmt.Scan(&s)
	fmt.Println(n, err)
}
