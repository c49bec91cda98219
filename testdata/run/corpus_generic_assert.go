// A type assertion to a type parameter (x.(P)) is checked when the program runs: it
// fails with Go's panic naming the interface and the type argument, or succeeds when the
// type argument is an interface the value implements.
package main

import (
	"fmt"
	"runtime"
)

type T int

func (T) String() string { return "T" }

type J interface{ T() T }

func F[P any](x any) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = r.(runtime.Error).Error()
		}
	}()
	p := x.(P)
	return fmt.Sprint("ok ", p)
}

func G[P any]() (res string) {
	defer func() {
		res = recover().(runtime.Error).Error()
	}()
	_ = interface{ T() P }(nil).(P)
	return
}

func main() {
	fmt.Println(F[T](T(1)))
	fmt.Println(F[fmt.Stringer](T(2)))
	fmt.Println(F[int](T(3)))
	fmt.Println(F[J](T(4)))
	fmt.Println(G[T]())
	fmt.Println(G[error]())
}
