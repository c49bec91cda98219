package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := a
	fmt.Println(a == b, a != b)
	b[2] = 4
	fmt.Println(a == b, a != b)
	s1 := [2]string{"x", "y"}
	fmt.Println(s1 == [2]string{"x", "y"}, s1 == [2]string{"x", "z"})
	f := [2]float64{0, 1}
	var z float64
	g := [2]float64{-z, 1}
	fmt.Println(f == g)
	var x, y any = a, [3]int{1, 2, 3}
	fmt.Println(x == y)
}
