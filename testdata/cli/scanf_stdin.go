package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n, m int
	var name string
	c, err := fmt.Scanf("%d %d\n", &n, &m)
	fmt.Println(c, err, n, m)
	c, err = fmt.Scanf("name=%s age=%d\n", &name, &n)
	fmt.Println(c, err, name, n)
	var x, y int
	c, err = fmt.Scanf("%d,%d\n", &x, &y)
	fmt.Println(c, err, x, y)
	var f float64
	var ch rune
	c, err = fmt.Scanf("%f%c\n", &f, &ch)
	fmt.Println(c, err, f, string(ch))
	var h int
	c, err = fmt.Scanf("%x %o %b\n", &h, &n, &m)
	fmt.Println(c, err, h, n, m)
	c, err = fmt.Scanf("%d\n", &n)
	fmt.Println(c, err, n)
	var s1, s2 string
	c, err = fmt.Scanf("%3s%s\n", &s1, &s2)
	fmt.Println(c, err, s1, s2)
	var b bool
	c, err = fmt.Scanf("%t %5d\n", &b, &n)
	fmt.Println(c, err, b, n)
	in := bufio.NewReader(os.Stdin)
	var word string
	var num int
	for {
		c, err = fmt.Fscanf(in, "%s %d\n", &word, &num)
		if err != nil {
			fmt.Println("stop:", c, err)
			break
		}
		fmt.Println("pair", word, num)
	}
}
