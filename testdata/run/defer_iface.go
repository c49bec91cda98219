package main

import "fmt"

type Closer interface{ Close() }

type File struct{ name string }

func (f *File) Close() { fmt.Println("closing", f.name) }

type Val struct{ n int }

func (v Val) Close() { fmt.Println("closing val", v.n) }

func use(c Closer, v Val) {
	defer c.Close()
	var c2 Closer = v
	defer c2.Close()
	v.n = 99
	c2 = Val{100}
	fmt.Println("using")
}

func main() {
	use(&File{"a.txt"}, Val{1})
	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	var c Closer
	defer c.Close()
	fmt.Println("unreachable?")
}
