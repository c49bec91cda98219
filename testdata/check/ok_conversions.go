package main

import "fmt"

type Celsius float64
type Bytes []byte
type Handler func(int) int

func main() {
	f := 3.9
	i := int(f)
	c := Celsius(f)
	s := string(rune(65))
	bs := []byte("hé")
	rs := []rune("hé")
	back := string(bs) + string(rs)
	var b Bytes = Bytes(bs)
	h := Handler(func(x int) int { return x })
	var u8 = uint8(255)
	var p *int
	up := (*int)(p)
	fmt.Println(i, c, s, len(bs), len(rs), back, len(b), h(2), u8, up == nil, float32(1)/3)
}
