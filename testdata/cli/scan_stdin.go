package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n int
	fmt.Scan(&n)
	total := 0
	for i := 0; i < n; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("err:", err)
			break
		}
		total += x
	}
	var name string
	var age int
	c, err := fmt.Scanln(&name, &age)
	fmt.Println(total, c, err, name, age)
	in := bufio.NewReader(os.Stdin)
	var a, b float64
	c, err = fmt.Fscan(in, &a, &b)
	fmt.Println(c, err, a+b)
	c, err = fmt.Fscan(in, &a)
	fmt.Println(c, err)
}
