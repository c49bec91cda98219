package main

type T struct{}

func (T) M() int { return 1 }

func two() (int, error) { return 0, nil }

func main() {
	var t T
	t.M // ERROR "t.M (value of type func() int) is not used"
	len("abc") // ERROR "len(\"abc\") (constant 3 of type int) is not used"
	cap(make([]int, 1)) // ERROR "cap(make([]int, 1)) (value of type int) is not used"
	two // ERROR "two (value of type func() (int, error)) is not used"
	append([]int{}, 1) // ERROR "append([]int{}, 1) (value of type []int) is not used"
	new(int) // ERROR "new(int) (value of type *int) is not used"
	T{} // ERROR "T{} (value of struct type T) is not used"
	func() {} // ERROR "func() {} (value of type func()) is not used"
}
