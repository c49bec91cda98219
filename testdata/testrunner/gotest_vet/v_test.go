package v

import "fmt"

func ExampleStack_Push() {
	fmt.Println("ok")
	// Output: ok
}

func ExampleStack_Pop() {
	// Output:
}

func ExampleQueue() {
	// Output:
}

func Example_Bad() {
	// Output:
}
