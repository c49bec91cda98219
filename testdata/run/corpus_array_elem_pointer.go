// Pointers to array elements (&a[i] of a local, a package-level array, an array field,
// through a pointer to an array) alias the array; &p[i] and &*p of a nil pointer panic.
package main

import "fmt"

type S struct {
	x [3]int
	n string
}

var g [4]float64

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var a [3]int
	p := &a[1]
	*p = 5
	a2 := a
	fmt.Println(a, a2)
	a = [3]int{1, 2, 3}
	fmt.Println(*p)
	q := &a
	r := &q[2]
	*r = 7
	fmt.Println(a, *r)
	s := &S{}
	e := &s.x[0]
	*e = 9
	fmt.Println(s.x)
	h := &g[3]
	*h += 1.5
	fmt.Println(g)
	arr := [2]string{"a", "b"}
	sp := &arr[1]
	*sp += "!"
	fmt.Println(arr, *sp)
	var np *[3]int
	var ip *int
	try("&np[1]", func() { fmt.Println(&np[1] == nil) })
	try("&*ip", func() { fmt.Println(&*ip == nil) })
	try("&a[i]", func() {
		i := 3
		fmt.Println(&a[i])
	})
}
