// Grows a slice by appending ever larger slices: past --max-memory it is Go's fatal
// "out of memory".
package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 40; i++ {
		s = append(s, make([]int, 1<<i)...)
	}
	fmt.Println(len(s))
}
