// NOTE: intentionally not gofmt-formatted (the one-line `interface{ ~int; M() }`); gofmt -e accepts it.
// Exercises: interface syntax — methods, embedded interfaces, type-set
// elements `interface{ ~int; M() }`, unions with parenthesized and pointer
// types, qualified embeds, and `comparable`/`any` as constraints.
package main

import (
	"fmt"
	"io"
)

type Intish interface {
	~int
	String() string
}

type U interface {
	~int | ~int8 | *int | []byte | (chan int)
}

type RW interface {
	io.Reader
	io.Writer
	Close() error
}

type Empty interface{}

type MyInt int

func (m MyInt) String() string { return fmt.Sprint("MyInt(", int(m), ")") }

func Show[T Intish](x T) string { return x.String() }

func Twice[T interface{ ~int; String() string }](x T) T { return x * 2 }

func Eq[T comparable](a, b T) bool { return a == b }

func Ident[T U](x T) T { return x }

func main() {
	fmt.Println(Show(MyInt(3)), Twice(MyInt(2)), Eq("a", "a"), Ident(3))
	var e Empty = 1
	var rw RW
	fmt.Println(e, rw == nil)
}
