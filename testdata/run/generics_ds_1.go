package main

import "fmt"

// Stack with pointer receivers; pop from empty stack returns zero value.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() T { return s.items[len(s.items)-1] }
func (s Stack[T]) Len() int  { return len(s.items) }

func balanced(expr string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, c := range expr {
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[c] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, e := range []string{"(a[b]{c})", "(]", "((", ""} {
		fmt.Printf("%q %v\n", e, balanced(e))
	}
	s := &Stack[string]{}
	s.Push("x")
	s.Push("y")
	fmt.Println(s.Peek(), s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok)
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
}
