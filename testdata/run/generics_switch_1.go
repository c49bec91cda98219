package main

import "fmt"

// Type switches on type parameter values with generic type cases.
type Box[T any] struct{ V T }

func Unbox(x any) string {
	switch b := x.(type) {
	case Box[int]:
		return fmt.Sprint("int box ", b.V+1)
	case Box[string]:
		return "string box " + b.V
	case *Box[int]:
		return fmt.Sprint("ptr int box ", b.V)
	}
	return "not a box"
}

func Kind[T any](v T) string {
	var x any = v
	switch x.(type) {
	case int, int8, int16, int32, int64:
		return "signed"
	case uint, uint8, uint16, uint32, uint64:
		return "unsigned"
	case float32, float64:
		return "float"
	}
	return "other"
}

func main() {
	fmt.Println(Unbox(Box[int]{41}))
	fmt.Println(Unbox(Box[string]{"s"}))
	fmt.Println(Unbox(&Box[int]{7}))
	fmt.Println(Unbox(Box[float64]{1}))
	fmt.Println(Kind(1), Kind(uint8(1)), Kind(2.5), Kind("x"), Kind(int8(-1)))
}
