// Package quiet doubles numbers, loudly.
package quiet

import "fmt"

// Double prints what it does.
func Double(n int) int {
	fmt.Printf("doubling %d\n", n)
	return 2 * n
}
