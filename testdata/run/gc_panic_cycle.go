package main

import (
	"fmt"
	"runtime"
)

// A panic whose value is a cyclic structure: the collectors run by deferred calls while
// it unwinds must keep the value, which the panic message then prints.

type cycErr struct {
	self *cycErr
	peer *cycErr
	msg  string
}

func (e *cycErr) Error() string { return e.self.peer.peer.msg }

type pair struct{ a, b *pair }

func churn() {
	for i := 0; i < 2000; i++ {
		p := &pair{}
		q := &pair{a: p}
		p.a, p.b = q, p
	}
	runtime.GC()
}

func fail() {
	e := &cycErr{msg: "cyclic failure"}
	f := &cycErr{peer: e, msg: "other"}
	e.self, e.peer = e, f
	defer churn()
	panic(e)
}

func main() {
	defer fmt.Println("deferred print runs")
	defer churn()
	fail()
}
