package calc_test

import (
	"calc_pass"
	"fmt"
)

func ExampleAdd() {
	fmt.Println(calc.Add(40, 2))
	// Output: 42
}

func ExampleDiv() {
	_, err := calc.Div(1, 0)
	fmt.Println("error:", err)
	q, _ := calc.Div(9, 3)
	fmt.Printf("%d\n\n", q)
	// Output:
	// error: division by zero
	// 3
}

func Example_unordered() {
	for _, s := range []string{"c", "a", "b"} {
		fmt.Println(s)
	}
	// Unordered output:
	// a
	// b
	// c
}

// An example without an output comment is compiled, not run.
func ExampleAdd_noOutput() {
	fmt.Println("not run")
}
