package main

import (
	"fmt"
	"slices"
)

// Named slice types through slices functions keep their type.
type IDs []int

func (ids IDs) String() string { return fmt.Sprintf("IDs%d", []int(ids)) }

func main() {
	ids := IDs{4, 2, 9, 2}
	c := slices.Clone(ids)
	slices.Sort(c)
	fmt.Println(c, ids)
	fmt.Printf("%T\n", c)
	c = slices.Compact(c)
	fmt.Println(c)
	ins := slices.Insert(c, 0, 1)
	fmt.Printf("%T %v\n", ins, ins)
	fmt.Println(slices.Index(ids, 9), slices.Contains(ids, 5))
	g := slices.Grow(ids, 10)
	fmt.Println(len(g), cap(g) >= 14)
	r := slices.Repeat(IDs{1, 2}, 3)
	fmt.Println(r)
	fmt.Println(slices.Concat(ids, IDs{0}, nil))
}
