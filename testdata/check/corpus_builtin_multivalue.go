package main

func two() ([]int, int)          { return nil, 1 }
func pair() (int, *int)          { return 0, nil }
func three() (string, bool, int) { return "", true, 3 }
func none()                      {}

// A lone multi-valued call is spread over the arguments of print, println and append.
func main() {
	_ = append(two())
	println(two())
	print(pair())
	println(three())
	println(none()) // ERROR "none() (no value) used as value"
	println(two(), 1) // ERROR "multiple-value two() (value of type ([]int, int)) in single-value context"
	print(1, pair()) // ERROR "multiple-value pair() (value of type (int, *int)) in single-value context"
}
