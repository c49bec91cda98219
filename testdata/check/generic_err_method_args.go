package main

type Shape interface {
	Area() float64
	Scale(f float64)
}

func Grow[S Shape](s S) float64 {
	s.Scale("2") // ERROR "cannot use \"2\" (untyped string constant) as float64 value in argument to s.Scale"
	return s.Area(1) // ERROR "too many arguments in call to s.Area\n\thave (number)\n\twant ()"
}

func main() {}
