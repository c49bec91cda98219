package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

type Celsius float64
type Count int16

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[int8](100, 27))
	fmt.Println(Sum(Celsius(20.5), Celsius(-3)))
	fmt.Printf("%T %v\n", Sum(Count(4), Count(5)), Sum(Count(4), Count(5)))
	fmt.Println(Average([]int{1, 2, 3, 4}))
	fmt.Println(Average([]Celsius{}))
	fmt.Println(Sum[float32]())
}
