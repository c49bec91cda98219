package main

import (
	"fmt"
	"strconv"
)

// A constraint combining a type set with a method.
type StringableInt interface {
	~int | ~int64
	String() string
}

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

type Big int64

func (b Big) String() string { return "big:" + strconv.FormatInt(int64(b), 10) }

func Next[T StringableInt](x T) (T, string) {
	n := x + 1
	return n, n.String()
}

func SumLabel[T StringableInt](xs []T) string {
	var s T
	for _, x := range xs {
		s += x
	}
	return s.String()
}

func main() {
	v, label := Next(ID(41))
	fmt.Println(v, label, int(v))
	fmt.Println(SumLabel([]Big{1, 2, 3}))
	fmt.Println(SumLabel([]ID{}))
}
