package main

import "fmt"

func main() {
	c := complex(1.5, -2)
	var c64 complex64 = 0.1 + 0.2i
	fmt.Println(c, c64, 1i, []complex128{1, 2i})
	fmt.Printf("%v|%.2f|%+.1e|%8.3g|%#v|%x|%T|%T\n", c, c, c, c, c, c, c, c64)
}
