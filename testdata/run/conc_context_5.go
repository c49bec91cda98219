package main

import (
	"context"
	"fmt"
	"time"
)

type key int

// The String forms of contexts, as fmt prints them.
func main() {
	bg := context.Background()
	fmt.Println(bg)
	fmt.Println(context.TODO())
	c1, cancel := context.WithCancel(bg)
	defer cancel()
	fmt.Println(c1)
	v := context.WithValue(c1, key(1), "one")
	fmt.Println(v)
	s := context.WithValue(bg, "name", 42)
	fmt.Println(s)
	wo := context.WithoutCancel(c1)
	fmt.Println(wo)
	d, cancel2 := context.WithTimeout(bg, time.Hour)
	defer cancel2()
	_, ok := d.Deadline()
	fmt.Println(ok, fmt.Sprint(d)[:len("context.Background.WithDeadline(")])
}
