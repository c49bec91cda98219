// A signal nobody asked for ends the program by that signal, its output written first.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	fmt.Println("before")
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	for {
	}
}
