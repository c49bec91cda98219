package main

import (
	"fmt"
	"strings"
)

type Expr interface{}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func eval(e Expr, env map[string]float64) (float64, error) {
	switch v := e.(type) {
	case Num:
		return float64(v), nil
	case Var:
		x, ok := env[string(v)]
		if !ok {
			return 0, fmt.Errorf("undefined variable %s", string(v))
		}
		return x, nil
	case BinOp:
		l, err := eval(v.L, env)
		if err != nil {
			return 0, err
		}
		r, err := eval(v.R, env)
		if err != nil {
			return 0, err
		}
		switch v.Op {
		case '+':
			return l + r, nil
		case '-':
			return l - r, nil
		case '*':
			return l * r, nil
		case '/':
			return l / r, nil
		}
		return 0, fmt.Errorf("bad op %c", v.Op)
	case Call:
		if v.Fn == "max" {
			best := 0.0
			for i, a := range v.Args {
				x, err := eval(a, env)
				if err != nil {
					return 0, err
				}
				if i == 0 || x > best {
					best = x
				}
			}
			return best, nil
		}
		return 0, fmt.Errorf("unknown function %s", v.Fn)
	case nil:
		return 0, fmt.Errorf("nil expression")
	default:
		return 0, fmt.Errorf("unknown node %T", v)
	}
}

func show(e Expr) string {
	switch v := e.(type) {
	case Num:
		return fmt.Sprint(float64(v))
	case Var:
		return string(v)
	case BinOp:
		return "(" + show(v.L) + " " + string(v.Op) + " " + show(v.R) + ")"
	case Call:
		parts := []string{}
		for _, a := range v.Args {
			parts = append(parts, show(a))
		}
		return v.Fn + "(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	exprs := []Expr{
		BinOp{'+', Num(1), BinOp{'*', Var("x"), Var("y")}},
		Call{"max", []Expr{Var("x"), Num(10), BinOp{'/', Var("y"), Num(2)}}},
		BinOp{'-', Var("z"), Num(1)},
		Call{"min", nil},
		nil,
		42,
	}
	for _, e := range exprs {
		v, err := eval(e, env)
		if err != nil {
			fmt.Println(show(e), "error:", err)
			continue
		}
		fmt.Println(show(e), "=", v)
	}
}
