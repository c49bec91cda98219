// runtime.Breakpoint with no debugger: the program ends at once (SIGTRAP), exit status 2,
// without running deferred calls.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("before")
	defer fmt.Println("deferred")
	runtime.Breakpoint()
	fmt.Println("after")
}
