package main

import "fmt"

// Division by a zero local panics at run time (the divisor is read in place).
func main() {
	a, b := 7, 0
	fmt.Println(a + b)
	defer fmt.Println("deferred")
	var u8 uint8 = 3
	var z8 uint8
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(u8 % z8)
	}()
	fmt.Println(a / b)
}
