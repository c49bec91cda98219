// Catches Ctrl-C with os/signal: the test sends SIGINT once the marker file exists.
package main

import (
	"fmt"
	"os"
	"os/signal"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	fmt.Println("waiting")
	os.WriteFile(os.Args[1], nil, 0o644)
	s := <-c
	fmt.Println("caught", s)
}
