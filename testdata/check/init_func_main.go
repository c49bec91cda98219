package main

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 0 } // ERROR "func init must have no arguments and no return values"

var init = 1 // ERROR "cannot declare init - must be func"

func main(x int) { // ERROR "func main must have no arguments and no return values"
	init() // ERROR "undefined: init"
	_ = init // ERROR "undefined: init"
}

func other() {
	main() // ERROR "not enough arguments in call to main\n\thave ()\n\twant (int)"
}
