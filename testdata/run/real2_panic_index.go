package main

import "fmt"

type Stack struct{ data []int }

func (s *Stack) Push(v int) { s.data = append(s.data, v) }
func (s *Stack) Pop() int {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

func eval(tokens []string) int {
	s := &Stack{}
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, a := s.Pop(), s.Pop()
			switch t {
			case "+":
				s.Push(a + b)
			case "-":
				s.Push(a - b)
			case "*":
				s.Push(a * b)
			case "/":
				s.Push(a / b)
			}
		default:
			n := 0
			fmt.Sscan(t, &n)
			s.Push(n)
		}
	}
	return s.Pop()
}

func safeEval(tokens []string) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %v: %v", tokens, r)
		}
	}()
	return eval(tokens), nil
}

func main() {
	fmt.Println(safeEval([]string{"3", "4", "+", "2", "*"}))
	fmt.Println(safeEval([]string{"1", "0", "/"}))
	fmt.Println(safeEval([]string{"+"}))
	fmt.Println(eval([]string{"5", "1", "2", "+", "4", "*", "+", "3", "-"}))
	fmt.Println("now crashing")
	fmt.Println(eval([]string{"1", "+"}))
}
