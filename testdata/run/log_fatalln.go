package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "E ", 0)
	l.Println("start")
	l.Fatalln("stop", "now")
	fmt.Println("not reached")
}
