package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type parser struct {
	toks []string
	pos  int
}

var errEnd = errors.New("unexpected end of input")

func tokenize(s string) []string {
	var toks []string
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case strings.IndexByte("+-*/()%^", c) >= 0:
			toks = append(toks, string(c))
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, "?"+string(c))
			i++
		}
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() (string, error) {
	if p.pos >= len(p.toks) {
		return "", errEnd
	}
	t := p.toks[p.pos]
	p.pos++
	return t, nil
}

func (p *parser) expr() (int, error) {
	v, err := p.term()
	if err != nil {
		return 0, err
	}
	for p.peek() == "+" || p.peek() == "-" {
		op, _ := p.next()
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, nil
}

func (p *parser) term() (int, error) {
	v, err := p.power()
	if err != nil {
		return 0, err
	}
	for {
		op := p.peek()
		if op != "*" && op != "/" && op != "%" {
			return v, nil
		}
		p.next()
		r, err := p.power()
		if err != nil {
			return 0, err
		}
		switch op {
		case "*":
			v *= r
		case "/", "%":
			if r == 0 {
				return 0, fmt.Errorf("division by zero at token %d", p.pos)
			}
			if op == "/" {
				v /= r
			} else {
				v %= r
			}
		}
	}
}

func (p *parser) power() (int, error) {
	b, err := p.unary()
	if err != nil {
		return 0, err
	}
	if p.peek() == "^" {
		p.next()
		e, err := p.power()
		if err != nil {
			return 0, err
		}
		r := 1
		for i := 0; i < e; i++ {
			r *= b
		}
		return r, nil
	}
	return b, nil
}

func (p *parser) unary() (int, error) {
	t, err := p.next()
	if err != nil {
		return 0, err
	}
	switch {
	case t == "-":
		v, err := p.unary()
		return -v, err
	case t == "(":
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if c, _ := p.next(); c != ")" {
			return 0, fmt.Errorf("expected ) but got %q", c)
		}
		return v, nil
	default:
		n, err := strconv.Atoi(t)
		if err != nil {
			return 0, fmt.Errorf("bad number %q", t)
		}
		return n, nil
	}
}

func eval(s string) (int, error) {
	p := &parser{toks: tokenize(s)}
	v, err := p.expr()
	if err == nil && p.pos < len(p.toks) {
		err = fmt.Errorf("trailing tokens %v", p.toks[p.pos:])
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "7 / (3 - 3)", "2 * (3 + ", "1 + x", "3 4", "100 / 7 / 2"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-12s error: %v (end=%t)\n", s, err, errors.Is(err, errEnd))
			continue
		}
		fmt.Printf("%-12s = %d\n", s, v)
	}
}
