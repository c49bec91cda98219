package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (T) String() string { return "T" }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", v)
	case string:
		return "string " + v
	case Stringer:
		return "stringer " + v.String()
	case []int:
		return fmt.Sprint(len(v))
	default:
		return "other"
	}
}

func main() {
	var s Stringer = T{}
	if t, ok := s.(T); ok {
		fmt.Println(t)
	}
	_, isT := s.(interface{ Other() })
	fmt.Println(describe(nil), describe(1), describe("a"), describe(T{}), describe([]int{1}), describe(1.5), isT)
}
