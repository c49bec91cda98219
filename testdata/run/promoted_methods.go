package main

import (
	"fmt"
	"sort"
	"strings"
)

type Named struct{ name string }

func (n Named) Name() string      { return n.name }
func (n *Named) Rename(to string) { n.name = to }

type Namer interface{ Name() string }
type Renamer interface {
	Namer
	Rename(string)
}

type User struct {
	Named
	Age int
}

type Admin struct {
	*User
	Level int
}

type Wrapped struct {
	Namer
	extra string
}

type desc struct{ sort.Interface }

func (d desc) Less(i, j int) bool { return d.Interface.Less(j, i) }

func main() {
	u := User{Named{"ann"}, 30}
	var n Namer = u
	fmt.Println(n.Name())
	var r Renamer = &u
	r.Rename("bea")
	fmt.Println(u.Name(), n.Name())
	_, ok := n.(Renamer) // User (a value) lacks the pointer method
	fmt.Println(ok)
	a := Admin{&u, 9}
	var r2 Renamer = a // through the embedded pointer, both methods
	r2.Rename("cid")
	fmt.Println(u.name, a.Name(), r2.Name())
	w := Wrapped{Named{"inner"}, "x"}
	var n2 Namer = w
	fmt.Println(n2.Name())
	xs := []int{3, 1, 2}
	sort.Sort(desc{sort.IntSlice(xs)})
	fmt.Println(xs)
	var sb strings.Builder
	fmt.Println(fmt.Sprint(u), sb.Len())
	var empty Wrapped
	var n3 Namer = empty
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	fmt.Println(n3.Name())
}

type Logger interface{ Log(string) string }
type prefixLog struct{ p string }

func (l prefixLog) Log(s string) string { return l.p + s }

type Service struct {
	Logger
	name string
}

func init() {
	s := Service{prefixLog{"> "}, "svc"}
	fmt.Println(s.Log("direct"), s.Logger.Log("field"))
	f := s.Log
	fmt.Println(f("value"))
	ps := &s
	fmt.Println(ps.Log("through pointer"))
}
