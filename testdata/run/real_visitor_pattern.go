package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	VisitNum(n Num) string
	VisitAdd(a Add) string
}

type Node interface{ Accept(v Visitor) string }

type Num int
type Add struct{ L, R Node }

func (n Num) Accept(v Visitor) string { return v.VisitNum(n) }
func (a Add) Accept(v Visitor) string { return v.VisitAdd(a) }

type printer struct{ depth int }

func (p *printer) VisitNum(n Num) string { return fmt.Sprint(int(n)) }
func (p *printer) VisitAdd(a Add) string {
	p.depth++
	defer func() { p.depth-- }()
	return "(" + a.L.Accept(p) + " + " + a.R.Accept(p) + ")"
}

type evaluator struct{}

func (evaluator) VisitNum(n Num) string { return fmt.Sprint(int(n)) }
func (e evaluator) VisitAdd(a Add) string {
	var l, r int
	fmt.Sscan(a.L.Accept(e), &l)
	fmt.Sscan(a.R.Accept(e), &r)
	return fmt.Sprint(l + r)
}

func main() {
	tree := Add{Num(1), Add{Num(2), Num(3)}}
	p := &printer{}
	fmt.Println(tree.Accept(p), p.depth)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println(sb.String())
}
