package main

import (
	"errors"
	"log"
	"os"
)

type point struct{ X, Y int }

func main() {
	l := log.New(os.Stdout, "> ", log.Lmsgprefix)
	l.Print("first line\nsecond line")
	l.Println("value:", point{1, 2}, &point{3, 4}, []string{"a"}, map[string]int{"k": 1})
	l.Printf("%v|%+v|%T|%q", point{5, 6}, point{7, 8}, point{}, "quoted")
	l.Print(errors.New("an error"), nil, 3.5)
	l.Print("a", "b", 1, 2, "c")
	l.Printf("no newline added twice\n")
	l.Println()
	l.SetPrefix("")
	l.Print("")
}
