package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func safe() (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	for i := range Count(5) {
		if i == 3 {
			panic(fmt.Sprint("boom at ", i))
		}
		r += i
	}
	return r
}

func main() {
	fmt.Println(safe())
	total := 0
	for i := range Count(4) {
		total += i
	}
	fmt.Println(total)
	for x := range bad {
		fmt.Println(x)
		break
	}
}
