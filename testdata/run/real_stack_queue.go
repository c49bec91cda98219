package main

import (
	"errors"
	"fmt"
)

type Stack struct {
	data []int
}

func (s *Stack) Push(v int) { s.data = append(s.data, v) }

func (s *Stack) Pop() (int, error) {
	if len(s.data) == 0 {
		return 0, errors.New("pop from empty stack")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

func (s *Stack) Len() int { return len(s.data) }

type Queue struct {
	items []string
}

func (q *Queue) Enqueue(s ...string) { q.items = append(q.items, s...) }

func (q *Queue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}

func evalRPN(tokens []string) (int, error) {
	var st Stack
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, err := st.Pop()
			if err != nil {
				return 0, err
			}
			a, err := st.Pop()
			if err != nil {
				return 0, err
			}
			switch t {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					return 0, errors.New("division by zero")
				}
				st.Push(a / b)
			}
		default:
			n := 0
			for _, c := range t {
				if c < '0' || c > '9' {
					return 0, fmt.Errorf("bad token %q", t)
				}
				n = n*10 + int(c-'0')
			}
			st.Push(n)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("malformed expression, %d values left", st.Len())
	}
	return st.Pop()
}

func main() {
	exprs := [][]string{
		{"3", "4", "+", "2", "*"},
		{"5", "1", "2", "+", "4", "*", "+", "3", "-"},
		{"1", "+"},
		{"4", "0", "/"},
		{"2", "x", "*"},
		{"1", "2"},
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Println(e, "error:", err)
			continue
		}
		fmt.Println(e, "=", v)
	}
	var q Queue
	q.Enqueue("a", "b")
	q.Enqueue([]string{"c", "d"}...)
	for {
		s, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(s, ";")
	}
	fmt.Println()
}
