package main

import "fmt"

type Mu struct{ n int }

func (m *Mu) Lock()   { m.n++; fmt.Println("lock", m.n) }
func (m *Mu) Unlock() { m.n--; fmt.Println("unlock", m.n) }

func show(s string) { fmt.Println("show", s) }

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("loop body done")
}

func locked(m *Mu) int {
	m.Lock()
	defer m.Unlock()
	fmt.Println("in locked")
	return m.n * 10
}

func nested() {
	defer show("outer 1")
	func() {
		defer show("inner")
		fmt.Println("inner body")
	}()
	defer show("outer 2")
}

func main() {
	defer fmt.Println("main done")
	defer show("second")
	defer func() { fmt.Println("closure defer") }()
	loop()
	m := &Mu{}
	fmt.Println("locked returned", locked(m))
	nested()
	fmt.Println("end of main")
}
