// Prints, tells the test it is running (by creating the file named by its argument),
// then spins until a signal ends it.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before")
	os.WriteFile(os.Args[1], nil, 0o644)
	n := 0
	for {
		n++
	}
}
