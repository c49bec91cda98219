package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	yield("a", 1)
}

func main() {
	t := 0
	for i := range 4 {
		t += i
	}
	for range 2 {
		t++
	}
	for _, r := range "héllo" {
		t += int(r)
	}
	for k, v := range map[string]int{"x": 1} {
		t += len(k) + v
	}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		t += v
	}
	for x := range count(3) {
		t += x
	}
	for k, v := range pairs {
		t += len(k) + v
	}
	var arr [3]int
	for i := range &arr {
		arr[i] = i
	}
	var i8 int8
	for i8 = range 3 {
	}
	fmt.Println(t, arr, i8)
}
