package main

func Range[T []int | []string](x T) {
	for _, v := range x { // ERROR "cannot range over x (variable of type T constrained by []int | []string): []int and []string have different underlying types"
		_ = v
	}
}

func Index[T []int | map[int]int](x T) int { return x[0] } // ERROR "cannot index x (variable of type T constrained by []int | map[int]int)"

func main() {}
