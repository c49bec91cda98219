package main

import "fmt"

func count() (n int) {
	defer println("count returns", n) // n is evaluated now: 0
	for i := 0; i < 3; i++ {
		defer print(i, " ")
		n += i
	}
	return n
}

// defer print/println evaluate their operands at the defer statement and print (to
// standard error) when the deferred calls run; they also run during a panic.
func main() {
	fmt.Println("count:", count())
	s := "before"
	defer println("s was", s, len(s), 2.5, true, nil == fmt.Stringer(nil))
	s = "after"
	fmt.Println("s is", s)
	var m map[string]int
	m["x"] = 1
}
