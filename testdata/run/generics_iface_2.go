package main

import (
	"fmt"
	"strings"
)

// A generic Visitor interface over a small expression tree.
type Expr interface{ isExpr() }

type Num struct{ V int }
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (Num) isExpr() {}
func (Add) isExpr() {}
func (Mul) isExpr() {}

type Visitor[R any] interface {
	Num(n Num) R
	Add(l, r R) R
	Mul(l, r R) R
}

func Walk[R any](e Expr, v Visitor[R]) R {
	switch e := e.(type) {
	case Num:
		return v.Num(e)
	case Add:
		return v.Add(Walk(e.L, v), Walk(e.R, v))
	case Mul:
		return v.Mul(Walk(e.L, v), Walk(e.R, v))
	}
	panic("unknown expr")
}

type eval struct{}

func (eval) Num(n Num) int    { return n.V }
func (eval) Add(l, r int) int { return l + r }
func (eval) Mul(l, r int) int { return l * r }

type show struct{}

func (show) Num(n Num) string       { return fmt.Sprint(n.V) }
func (show) Add(l, r string) string { return "(" + l + " + " + r + ")" }
func (show) Mul(l, r string) string { return strings.Join([]string{l, r}, "*") }

func main() {
	e := Add{Num{2}, Mul{Num{3}, Add{Num{4}, Num{1}}}}
	fmt.Println(Walk[int](e, eval{}))
	fmt.Println(Walk[string](e, show{}))
}
