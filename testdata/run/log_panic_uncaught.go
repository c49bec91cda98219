package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	defer fmt.Println("deferred runs before the panic report")
	log.Panicf("cannot continue: %d", 7)
}
