// Benchmark: fmt verbs on structs, quoting, hex, %e, and strconv.Itoa/FormatFloat.
package main

import (
	"fmt"
	"strconv"
)

type P struct {
	X, Y int
	Name string
}

func main() {
	total := 0
	p := P{1, 2, "pt"}
	for i := 0; i < 200000; i++ {
		s := fmt.Sprintf("%v %+v %q %x %8.3e", p, p, "s", i, float64(i))
		s += strconv.Itoa(i) + strconv.FormatFloat(float64(i)/3, 'g', -1, 64)
		total += len(s)
	}
	fmt.Println(total)
}
