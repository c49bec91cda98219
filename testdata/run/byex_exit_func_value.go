// os.Exit used as a function value (a replaceable exit hook): deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

var exit = os.Exit

func fail(code int, msg string) {
	fmt.Println("fatal:", msg)
	exit(code)
}

func main() {
	defer fmt.Println("never printed")
	hooks := []func(int){func(c int) { fmt.Println("hook saw", c) }}
	for _, h := range hooks {
		h(4)
	}
	fail(4, "config missing")
	fmt.Println("unreachable")
}
