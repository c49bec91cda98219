package main

type Shape interface {
	Area() float64
}

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }

func Total[S Shape](xs []S) float64 { return 0 }

func main() {
	_ = Total([]Square{{1}}) // ERROR "in call to Total, S (type Square) does not satisfy Shape (method Area has pointer receiver)"
	_ = Total([]int{1}) // ERROR "in call to Total, S (type int) does not satisfy Shape (missing method Area)"
}
