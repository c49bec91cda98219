package main

import "fmt"

func main() {
	n := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			n++
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
sw:
	switch {
	case true:
		break sw
	}
	fmt.Println(n, i)
}
