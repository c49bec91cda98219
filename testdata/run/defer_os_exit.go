package main

import (
	"fmt"
	"os"
)

func cleanup() {
	defer fmt.Println("cleanup defer never printed")
	fmt.Println("exiting from cleanup")
	os.Exit(3)
}

func main() {
	defer fmt.Println("main defer never printed")
	defer func() {
		fmt.Println("recover cannot stop os.Exit:", recover())
	}()
	fmt.Println("start")
	cleanup()
}
