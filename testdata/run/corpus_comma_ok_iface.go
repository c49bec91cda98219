// The ok of a comma-ok form (receive, select receive, map index, type assertion) stored
// in a variable of interface type is a bool interface value (and a select's received
// value, an interface value of the element type).
package main

import "fmt"

type B bool

func main() {
	var i int
	var ok, ok2 interface{}
	var okb B
	c := make(chan int, 1)
	c <- 42
	i, ok = <-c
	fmt.Println(i, ok)
	close(c)
	_, ok = <-c
	fmt.Printf("%v %T\n", ok, ok)
	d := make(chan int, 1)
	d <- 7
	select {
	case i, ok2 = <-d:
		fmt.Println(i, ok2)
	}
	var iv any
	d <- 8
	select {
	case iv, ok2 = <-d:
		fmt.Printf("%T %v %v\n", iv, iv, ok2)
	}
	close(d)
	select {
	case iv, ok = <-d:
		fmt.Printf("%T %v %v\n", iv, iv, ok)
	}
	m := map[string]int{"a": 1}
	i, ok = m["a"]
	fmt.Println(i, ok)
	_, okb = m["b"]
	fmt.Printf("%v %T\n", okb, okb)
	var x any = "s"
	_, ok = x.(string)
	_, ok2 = x.(int)
	fmt.Println(ok, ok2, ok == true, ok2 == false)
	var e error
	_, e2 := x.(error)
	fmt.Println(e, e2)
}
