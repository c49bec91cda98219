// Exercises: anonymous structs (types, literals, in slices/maps), func
// literals called immediately, func literals returning func literals,
// `go`/`defer` with func literals, and closures over loop variables.
package main

import "fmt"

func main() {
	p := struct {
		X, Y int
	}{1, 2}
	pts := []struct{ X, Y int }{{1, 2}, {X: 3}}
	m := map[string]struct{}{"a": {}}
	fmt.Println(p, pts, len(m))
	r := func(a, b int) int { return a + b }(3, 4)
	fmt.Println(r)
	add := func(x int) func(int) int {
		return func(y int) int { return x + y }
	}
	fmt.Println(add(1)(2))
	func() {
		defer func() { fmt.Println("deferred") }()
	}()
	done := make(chan bool)
	go func(msg string) {
		fmt.Println(msg)
		done <- true
	}("goroutine")
	<-done
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0](), fs[2]())
}
