package main

import "fmt"

func main() {
	for i := 1; i <= 3; i++ {
		fmt.Println(i * i)
	}
}

// Output:
// 1
// 4
// 9
