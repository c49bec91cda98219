package main

import fmt "fmt" "os"

func main() {
	fmt.Println()
}
