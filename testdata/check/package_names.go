package main

import "fmt"

func main() {
	x := fmt // ERROR "use of package fmt not in selector"
	fmt.x() // ERROR "undefined: fmt.x"
	_ = fmt.println // ERROR "undefined: fmt.println (but have Println)"
	var fmt = 1
	_ = fmt
	_ = x
}
