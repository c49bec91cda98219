package main

import (
	"fmt"
	"strconv"
)

// Parsing into a type parameter via a type switch on a pointer to it.
func Parse[T int | float64 | bool | string](s string) (T, error) {
	var out T
	var err error
	var p any = &out
	switch p := p.(type) {
	case *int:
		*p, err = strconv.Atoi(s)
	case *float64:
		*p, err = strconv.ParseFloat(s, 64)
	case *bool:
		*p, err = strconv.ParseBool(s)
	case *string:
		*p = s
	}
	return out, err
}

func main() {
	i, err := Parse[int]("42")
	fmt.Println(i+1, err)
	f, err := Parse[float64]("2.5")
	fmt.Println(f*2, err)
	b, err := Parse[bool]("true")
	fmt.Println(!b, err)
	s, _ := Parse[string]("raw")
	fmt.Println(s)
	_, err = Parse[int]("x")
	fmt.Println(err)
}
