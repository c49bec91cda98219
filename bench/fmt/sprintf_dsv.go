// Benchmark: 500,000 fmt.Sprintf("%d %s %v", …) calls (an int, a string, and a value
// through %v), as programs build log lines and keys.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	names := []string{"alpha", "beta", "gamma", "delta"}
	total := 0
	for i := 0; i < 500000; i++ {
		var v any
		switch i % 3 {
		case 0:
			v = i * 7
		case 1:
			v = names[i%4]
		default:
			v = point{i, -i}
		}
		s := fmt.Sprintf("%d %s %v", i, names[i%4], v)
		total += len(s)
	}
	fmt.Println(total)
}
