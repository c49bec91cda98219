package main

import (
	"fmt"
	"os"
	"os/signal"
)

func main() {
	fmt.Println("start")
	signal.Notify(nil, os.Interrupt)
	fmt.Println("not reached")
}
