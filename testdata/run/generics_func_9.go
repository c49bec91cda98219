package main

import (
	"fmt"
	"strconv"
)

// Type switch on any(x) inside generic code.
func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + strconv.Quote(v)
	case []int:
		return fmt.Sprintf("[]int of len %d", len(v))
	case fmt.Stringer:
		return "stringer " + v.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func Stringify[T int | float64 | bool](x T) string {
	if i, ok := any(x).(int); ok {
		return "i" + strconv.Itoa(i)
	}
	return fmt.Sprint(x)
}

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("go"))
	fmt.Println(Describe([]int{1, 2}))
	fmt.Println(Describe(Color(2)))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe(3.5))
	fmt.Println(Describe(map[string]int{}))
	fmt.Println(Stringify(7), Stringify(2.5), Stringify(true))
}
