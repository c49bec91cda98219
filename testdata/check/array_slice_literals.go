package main

func main() {
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds (>= 2)"
	_ = [3]int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = []int{-1: 1} // ERROR "invalid argument: index -1 (constant of type int) must not be negative"
	_ = []int{"a"} // ERROR "cannot use \"a\" (untyped string constant) as int value in array or slice literal"
	_ = [...]int{5: 1, 2, 3}
	_ = [2]string{1} // ERROR "cannot use 1 (untyped int constant) as string value in array or slice literal"
	var n = 2
	_ = []int{n: 1} // ERROR "index n must be integer constant"
	_ = [...]int{1, 2}[5] // ERROR "invalid argument: index 5 out of bounds [0:2]"
}
