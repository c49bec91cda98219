package main

import "fmt"

func main() {
	s := [][2]int{{1, 2}, {3, 4}}
	for i, v := range s {
		v[0] = 9
		fmt.Println(i, v, s[i])
	}
	fmt.Println(s)
	g := [2][2]int{{1, 2}, {3, 4}}
	for _, v := range g {
		v[1] = 0
		g[1][0] = 8
		fmt.Println(v, g)
	}
}
