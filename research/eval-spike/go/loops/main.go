package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 3000; i++ {
		for j := 0; j < 3000; j++ {
			sum += i * j % 7
		}
	}
	fmt.Println(sum)
}
