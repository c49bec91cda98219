// Benchmark: 1,000,000 fmt.Sprintf("%d %s %.2f") calls.
package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 1000000; i++ {
		s := fmt.Sprintf("%d %s %.2f", i, "item", float64(i)*0.5)
		total += len(s)
	}
	fmt.Println(total)
}
