package v

type Stack struct{ items []int }

func (s *Stack) Push(x int) { s.items = append(s.items, x) }
