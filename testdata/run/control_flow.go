package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func grade(n int) string {
	switch n / 10 {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for i := -1; i < 4; i++ {
		fmt.Println(i, classify(i))
	}
	sum := 0
	for i := range 10 {
		if i == 7 {
			break
		}
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum", sum, grade(95), grade(85), grade(12))
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 3
	for {
		k--
		if k == 0 {
			break
		}
	}
	fmt.Println(k, true && !false, 1 < 2 || 3 > 4)
}
