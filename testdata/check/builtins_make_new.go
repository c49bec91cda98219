package main

func main() {
	_ = make(int) // ERROR "invalid argument: cannot make int: type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make([]int) expects 2 or 3 arguments; found 1"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 (constant of type int) must not be negative"
	_ = make([]int, 5, 2) // ERROR "invalid argument: length and capacity swapped"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make(map[string]int, 1, 2) expects 1 or 2 arguments; found 3"
	_ = make([]int, 1.5) // ERROR "1.5 (untyped float constant) truncated to int"
	_ = new(1)
	_ = new() // ERROR "invalid operation: not enough arguments for new() (expected 1, found 0)"
	_ = make(chan int, "a") // ERROR "cannot convert \"a\" (untyped string constant) to type int"
}
