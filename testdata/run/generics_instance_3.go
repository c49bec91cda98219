package main

import "fmt"

// Type assertions and type switches to generic instance types from interfaces.
type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

func main() {
	vals := []fmt.Stringer{Box[int]{1}, Box[string]{"s"}, Box[[]int]{[]int{1, 2}}}
	for _, v := range vals {
		switch b := v.(type) {
		case Box[int]:
			fmt.Println("int", b.V*10)
		case Box[string]:
			fmt.Println("string", b.V+"!")
		default:
			fmt.Println("other", b)
		}
	}
	var x any = Box[float64]{2}
	if b, ok := x.(Box[float64]); ok {
		fmt.Println(b.V / 4)
	}
	_, ok := x.(Box[int])
	fmt.Println(ok)
	fmt.Println(vals[0], vals[2])
}
