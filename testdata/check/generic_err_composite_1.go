package main

func Make[T any]() T {
	return T{} // ERROR "invalid composite literal type T (no common underlying type)"
}

func MakeSlice[T ~[]int]() T {
	return T{1, 2}
}

func MakeStruct[T struct{ x int } | struct{ y int }]() T {
	return T{} // ERROR "invalid composite literal type T (no common underlying type)"
}

func main() {}
