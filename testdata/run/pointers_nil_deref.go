// run

package main

import "fmt"

type T struct{ X int }

func get(t *T) int { return t.X }

func main() {
	t := &T{1}
	fmt.Println(get(t))
	t = nil
	fmt.Println("before")
	fmt.Println(get(t))
	fmt.Println("not reached")
}
