package main

import (
	"fmt"
	"log"
)

func main() {
	// The default logger writes to standard error (not compared); stdout stays clean.
	log.Println("to stderr")
	log.Printf("also %s", "stderr")
	fmt.Println("stdout only")
	log.Fatal("exit with status 1")
}
