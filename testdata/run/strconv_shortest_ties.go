package main

import (
	"fmt"
	"strconv"
)

// Values with two shortest decimals that read back: Go prints the closer one, and on a
// tie the even one.
func main() {
	for _, f := range []float64{2023347301156851.25, 1097718834198879.25, -904169666483526.25, 874611383964528.25, 1e23, 5e-324, 9007199254740993, 0.1 + 0.2} {
		fmt.Println(f, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', -1, 64))
	}
	for _, f := range []float32{16777217, 3.4028235e38, 1.1754944e-38, 0.1} {
		fmt.Println(f, strconv.FormatFloat(float64(f), 'g', -1, 32))
	}
}
