package main

import "fmt"

func sum(a [3]int) int {
	a[0] = 100
	return a[0] + a[1] + a[2]
}

func mk() [2]string {
	return [2]string{"x", "y"}
}

func main() {
	var a [3]int
	a[1] = 5
	fmt.Println(len(a), a[1], a, cap(a))
	b := a
	b[0] = 7
	fmt.Println(a, b)
	c := [3]int{1, 2, 3}
	d := [...]int{4, 5, 6, 7}
	e := [5]int{2: 1}
	fmt.Println(c, d, e, len(d))
	fmt.Printf("%v %T %T\n", c, c, d)
	fmt.Println(sum(c), c)
	s := c[1:]
	s[0] = 42
	fmt.Println(c, s, len(s), cap(s))
	for i, v := range c {
		c[2] = 99
		fmt.Println(i, v)
	}
	var g [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i * j
		}
	}
	h := g
	h[1][1] = -1
	fmt.Println(g, h)
	m := mk()
	fmt.Println(m, len(m))
	x := [2][2]string{{"a"}, {"b", "c"}}
	fmt.Println(x)
	ch := make(chan [2]int, 1)
	ch <- [2]int{1, 2}
	r := <-ch
	fmt.Println(r[1], r)
	arrs := [][2]int{{1, 2}, {3, 4}}
	q := arrs[0]
	q[0] = 9
	fmt.Println(arrs, q)
	var fs [2]float64
	fs[1] = 1.5
	fmt.Println(fs)
}
