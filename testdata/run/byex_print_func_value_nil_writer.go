// fmt.Fprintln used as a value and called with a nil writer panics as the direct call does.
package main

import (
	"fmt"
	"io"
)

func main() {
	f := fmt.Fprintln
	var w io.Writer
	fmt.Println("before")
	f(w, "x")
	fmt.Println("after")
}
