package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("plain", 1, 2)
	log.Printf("formatted %d-%s", 7, "x")
	log.Println("line", 3, true)
	log.Print("already has newline\n")
	log.Print()
	fmt.Println(log.Flags(), log.Prefix() == "")
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix before message")
	fmt.Println(log.Flags() == log.Lmsgprefix, log.Prefix())
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	fmt.Println(log.Writer() == os.Stdout)
}
