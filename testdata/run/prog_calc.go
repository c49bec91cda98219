// A tiny expression language: a tokenizer, a recursive-descent parser building an AST,
// an evaluator with variables, and error reporting with positions.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/^%=", r):
			toks = append(toks, Token{OP, string(r), i})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", r)}
		}
	}
	return append(toks, Token{EOF, "", len(rs)}), nil
}

type Node interface{ Eval(env map[string]float64) (float64, error) }

type Num float64
type Var string
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	L, R Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %s", string(v))
}
func (u Unary) Eval(env map[string]float64) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}

var ErrDivZero = errors.New("division by zero")

func (b Binary) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/":
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	case "%":
		return math.Mod(l, r), nil
	case "^":
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("bad operator %s", b.Op)
}

func (b Binary) String() string { return fmt.Sprintf("(%v %s %v)", b.L, b.Op, b.R) }
func (u Unary) String() string  { return fmt.Sprintf("(-%v)", u.X) }

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *parser) expr(minPrec int) (Node, error) {
	left, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		pr, ok := prec[t.Text]
		if t.Kind != OP || !ok || pr < minPrec {
			return left, nil
		}
		p.next()
		nextMin := pr + 1
		if t.Text == "^" {
			nextMin = pr
		}
		right, err := p.expr(nextMin)
		if err != nil {
			return nil, err
		}
		left = Binary{t.Text, left, right}
	}
}

func (p *parser) unary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, &SyntaxError{t.Pos, "bad number " + t.Text}
		}
		return Num(v), nil
	case IDENT:
		return Var(t.Text), nil
	case OP:
		if t.Text == "-" {
			x, err := p.unary()
			return Unary{"-", x}, err
		}
	case LPAREN:
		n, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		if p.next().Kind != RPAREN {
			return nil, &SyntaxError{t.Pos, "unclosed ("}
		}
		return n, nil
	}
	return nil, &SyntaxError{t.Pos, fmt.Sprintf("unexpected %q", t.Text)}
}

func run(line string, env map[string]float64) (string, error) {
	toks, err := tokenize(line)
	if err != nil {
		return "", err
	}
	target := ""
	if len(toks) > 2 && toks[0].Kind == IDENT && toks[1].Text == "=" {
		target = toks[0].Text
		toks = toks[2:]
	}
	p := &parser{toks: toks}
	n, err := p.expr(1)
	if err != nil {
		return "", err
	}
	if p.peek().Kind != EOF {
		return "", &SyntaxError{p.peek().Pos, "trailing input"}
	}
	v, err := n.Eval(env)
	if err != nil {
		return "", fmt.Errorf("eval %v: %w", n, err)
	}
	if target != "" {
		env[target] = v
		return fmt.Sprintf("%s = %g", target, v), nil
	}
	return strconv.FormatFloat(v, 'g', -1, 64), nil
}

func main() {
	env := map[string]float64{"pi": math.Pi}
	lines := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "x = 7 % 4",
		"y = x * pi", "y / 0", "z + 1", "3 $ 4", "(1 + 2", "1 2", "1..2", "r = 2^0.5", "r*r",
	}
	for _, l := range lines {
		out, err := run(l, env)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-14s => %v\n%s^\n", l, err, strings.Repeat(" ", se.Pos+18))
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-14s => math error: %v\n", l, err)
		case err != nil:
			fmt.Printf("%-14s => error: %v\n", l, err)
		default:
			fmt.Printf("%-14s => %s\n", l, out)
		}
	}
}
