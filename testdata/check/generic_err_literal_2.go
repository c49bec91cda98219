package main

type List[T any] []T

type Dict[K comparable, V any] map[K]V

func main() {
	_ = List[int]{"a"} // ERROR "cannot use \"a\" (untyped string constant) as int value in array or slice literal"
	_ = Dict[string, int]{1: 2} // ERROR "cannot use 1 (untyped int constant) as string value in map literal"
	_ = List[string]{1: "x", 1: "y"} // ERROR "duplicate index 1 in array or slice literal"
}
