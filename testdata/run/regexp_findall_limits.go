package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\d)(\w)?`)
	s := "1a 2 3c 4d 5"
	for _, n := range []int{-1, 0, 1, 2, 10} {
		fmt.Printf("%d %q %v\n", n, re.FindAllString(s, n), re.FindAllStringIndex(s, n))
		fmt.Printf("  %q %v\n", re.FindAllStringSubmatch(s, n), re.FindAllStringSubmatchIndex(s, n))
		fmt.Printf("  %q %q\n", re.FindAll([]byte(s), n), re.FindAllSubmatch([]byte(s), n))
		fmt.Printf("  %q\n", re.Split(s, n))
	}
	fmt.Println(re.FindAllIndex([]byte(s), 2), re.FindAllSubmatchIndex([]byte(s), 1))
	fmt.Printf("%q\n", regexp.MustCompile(`a`).Split("banana", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a`).Split("banana", 2))
	fmt.Printf("%q\n", regexp.MustCompile(`z*`).Split("abc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`^`).Split("abc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`$`).Split("abc", -1))
}
