package main

var _ = 1

func _() {}

type _ struct{}

func main() {
	x := _ // ERROR "cannot use _ as value or type"
	_ := 1 // ERROR "no new variables on left side of :="
	var _ int = "a" // ERROR "cannot use \"a\" (untyped string constant) as int value in variable declaration"
	_ = _ // ERROR "cannot use _ as value or type"
	_() // ERROR "cannot use _ as value or type"
	f(_) // ERROR "cannot use _ as value or type"
	_, _ = x, 1
}

func f(int) {}
