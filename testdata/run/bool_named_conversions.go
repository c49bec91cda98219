package main

import "fmt"

type boolValue bool
type flagB bool

func main() {
	v := true
	b := boolValue(v)
	p := &v
	fmt.Println(b, bool(b), bool(*p), flagB(b), !bool(b))
	var bs []boolValue
	bs = append(bs, boolValue(false), b)
	fmt.Println(bs, bs[1] == true)
}
