package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Logger interface{ Log(string) }

type Derived struct {
	Base
	*Extra
	Name string
}

type Extra struct{ Note string }

func (e *Extra) Log(s string) { e.Note += s }

func main() {
	d := Derived{Base{1}, &Extra{}, "d"}
	d.SetID(7)
	d.Log("hi")
	var l Logger = d
	l.Log("!")
	fmt.Println(d.ID, d.Describe(), d.Note, d.Base.ID, d.Extra.Note)
}
