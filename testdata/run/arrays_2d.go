package main

import "fmt"

type board [3][3]byte

func winner(b board) byte {
	for i := 0; i < 3; i++ {
		if b[i][0] != '.' && b[i][0] == b[i][1] && b[i][1] == b[i][2] {
			return b[i][0]
		}
	}
	return '.'
}

func main() {
	var b board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	b[1] = [3]byte{'x', 'x', 'x'}
	fmt.Println(string(winner(b)), len(b), len(b[0]))
	row := b[2]
	row[0] = 'o'
	fmt.Println(b[2], row)
	var m [3][3]int
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	id := m
	id[0][2] = 7
	fmt.Println(m)
	fmt.Println(id)
	fmt.Printf("%v %T\n", m[0], m)
	s := m[1][:2]
	s[0] = 5
	fmt.Println(m[1], s)
	for i, r := range m {
		m[i][0] = -1
		fmt.Println(i, r)
	}
	fmt.Println(m)
}
