package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`a|ab`)
	re.Longest()
	fmt.Println(re.FindString("ab"))
}
