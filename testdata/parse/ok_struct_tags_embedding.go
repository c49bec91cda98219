// Exercises: struct tags (raw and interpreted strings), embedded fields
// including pointer embeds, qualified `*pkg.T` and `pkg.T` embeds, generic
// embedded `List[int]`, and multiple names per field line.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

type Base struct{ ID int }

type Rec struct {
	Base
	*strings.Builder
	sync.Mutex
	List[int]
	Name, Alias string `json:"name" xml:"n"`
	Age         int    "plain tag"
	_           [0]func()
	inner       struct {
		X, Y float64 `json:"-"`
	}
}

func main() {
	r := Rec{Builder: &strings.Builder{}}
	r.ID = 7
	r.Push(1)
	r.WriteString("hi")
	r.Lock()
	r.Unlock()
	r.inner.X = 1
	fmt.Println(r.ID, r.items, r.String(), r.inner.X)
}
