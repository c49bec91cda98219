package main

import "fmt"

func a() (r int) {
	defer fmt.Println("a defer")
	return 5
}

func b() (int, string, error, float64, bool) {
	defer func() { recover() }()
	panic("x")
}

func c() (x, y int) {
	defer func() {
		recover()
		x += 10
	}()
	x, y = 1, 2
	panic("c")
}

func d() (s []int, m map[string]int) {
	defer func() { s = append(s, 3) }()
	return []int{1, 2}, map[string]int{"k": 1}
}

func e() string {
	defer func() {
		defer func() { fmt.Println("e inner recover:", recover()) }()
		panic("in defer")
	}()
	return "e ok"
}

func main() {
	fmt.Println(a())
	fmt.Println(b())
	fmt.Println(c())
	fmt.Println(d())
	fmt.Println(e())
}
