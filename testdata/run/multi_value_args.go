package main

import (
	"errors"
	"fmt"
	"strconv"
)

func must(n int, err error) int {
	if err != nil {
		panic(err)
	}
	return n
}

func check(v any, err error) string { return fmt.Sprint(v, " ", err) }

func divmod(a, b int) (int, int) { return a / b, a % b }

func parse(s string) (*int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return nil, err
	}
	return &n, nil
}

type Calc struct{ base int }

func (c Calc) Add(a, b int) int { return c.base + a + b }

func logAll(prefix string, vals ...any) string { return fmt.Sprint(prefix, vals) }

func pairAny() (string, int) { return "k", 5 }

func main() {
	fmt.Println(must(strconv.Atoi("42")))
	p, err := parse("x")
	fmt.Println(p == nil, err != nil)
	fmt.Println(check(parse("bad")))
	c := Calc{100}
	fmt.Println(c.Add(divmod(17, 5)))
	fmt.Println(logAll(pairAny()))
	var e error = errors.New("boom")
	fmt.Println(check(1, e))
	defer func() { fmt.Println("recovered:", recover()) }()
	must(strconv.Atoi("nope"))
}
