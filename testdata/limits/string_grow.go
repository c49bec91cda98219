// Doubles a string: past --max-memory it is Go's fatal "out of memory".
package main

import "fmt"

func main() {
	s := "x"
	for i := 0; i < 50; i++ {
		s += s
	}
	fmt.Println(len(s))
}
