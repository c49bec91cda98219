package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Sums the integers read from standard input; prints its arguments first.
func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	sc := bufio.NewScanner(os.Stdin)
	sum, lines := 0, 0
	for sc.Scan() {
		for _, f := range strings.Fields(sc.Text()) {
			if n, err := strconv.Atoi(f); err == nil {
				sum += n
			}
		}
		lines++
	}
	fmt.Println("lines", lines, "sum", sum)
}
