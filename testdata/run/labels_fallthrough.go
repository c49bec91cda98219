package main

import "fmt"

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "negative "
		fallthrough
	case n == 0:
		s += "small "
	case n > 100:
		s += "big "
		fallthrough
	default:
		s += "number"
	}
	return s
}

func main() {
	for _, n := range []int{-5, 0, 5, 500} {
		fmt.Println(n, classify(n))
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fell)")
		fallthrough
	default:
		fmt.Println("default (fell)")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue outer
			case i == 2:
				break outer
			}
			fmt.Println("i", i, "j", j)
		}
	}
	m := map[string][]int{"a": {1, 2, 3}, "b": {4, -1, 6}}
	for _, k := range []string{"a", "b"} {
	scan:
		for idx, v := range m[k] {
			switch {
			case v < 0:
				fmt.Println(k, "negative at", idx)
				break scan
			}
		}
	}
	count := 0
loop:
	for {
		select {
		default:
			count++
			if count == 3 {
				break loop
			}
		}
	}
	fmt.Println("count", count)
	n := 0
rows:
	for r := range 4 {
		for c := range 4 {
			if c > r {
				continue rows
			}
			n++
		}
	}
	fmt.Println("n", n)
sw:
	switch {
	case n > 0:
		for {
			break sw
		}
		fmt.Println("not reached")
	}
	fmt.Println("end")
}
