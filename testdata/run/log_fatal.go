package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	defer fmt.Println("deferred calls do not run")
	log.Println("before")
	log.Fatalf("fatal: %d", 42)
	fmt.Println("not reached")
}
