package main

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	_ = Index([][]int{{1}}, []int{1}) // ERROR "[]int does not satisfy comparable"
	_ = Index([]map[string]int{}, nil) // ERROR "map[string]int does not satisfy comparable"
	_ = Index([]func(){}, nil) // ERROR "func() does not satisfy comparable"
}
