package main

import "fmt"

type Animal interface {
	Name() string
	Sound() string
}

type Base struct {
	name string
	legs int
}

func (b Base) Name() string { return b.name }
func (b Base) Legs() int     { return b.legs }
func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Bird struct {
	*Base
	CanFly bool
}

func (b Bird) Sound() string { return "Tweet" }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Service struct {
	*Logger
	Name string
}

func main() {
	d := Dog{Base{"Rex", 4}, "lab"}
	b := Bird{&Base{"Tweety", 2}, true}
	animals := []Animal{d, b}
	for _, a := range animals {
		fmt.Println(a.Name(), "says", a.Sound())
	}
	d.Rename("Max")
	fmt.Println(d.Name(), d.Legs(), d.Base.name, d.Breed)
	b.Rename("Polly")
	fmt.Println(b.Name(), b.legs)
	s := Service{&Logger{prefix: "[svc] "}, "api"}
	s.Log("starting")
	s.Log("ready")
	for _, l := range s.lines {
		fmt.Println(l)
	}
	fmt.Printf("%+v\n", d)
}
