package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func named(n int) (sum int, prod float64, ok bool) {
	prod = 1
	for i := 1; i <= n; i++ {
		sum += i
		prod *= float64(i)
	}
	ok = sum > 5
	return
}

func namedOne(x int) (r int) {
	r = x * 2
	if x > 10 {
		return x
	}
	return
}

func add(a, b int) int { return a + b }

func forward(a, b int) (int, int) { return divmod(a, b) }

func mixed() (int, string, float64, bool) { return 7, "seven", 7.5, true }

var g1, g2 = divmod(17, 5)

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	s, p, ok := named(4)
	fmt.Println(s, p, ok)
	fmt.Println(namedOne(3), namedOne(20))
	fmt.Println(add(divmod(23, 7)))
	x, y := forward(100, 7)
	fmt.Println(x, y)
	var i, str, f, bb = mixed()
	fmt.Println(i, str, f, bb)
	_, r2 := divmod(9, 4)
	fmt.Println(r2, g1, g2)
	q, _ = divmod(1, 0)
	fmt.Println(q)
}
