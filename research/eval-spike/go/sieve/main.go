package main

import "fmt"

func main() {
	const limit = 2000000
	composite := make([]int, limit+1)
	count := 0
	for n := 2; n <= limit; n++ {
		if composite[n] != 0 {
			continue
		}
		count++
		for m := n * n; m <= limit; m += n {
			composite[m] = 1
		}
	}
	fmt.Println(count, len(composite))
}
