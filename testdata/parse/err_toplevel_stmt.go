package main

import "fmt"

fmt.Println("hi")

func main() {}
