package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

type S struct{}

func main() {
	var x int = 1
	var i I
	_ = x.(int) // ERROR "invalid operation: x (variable of type int) is not an interface"
	_ = i.(T) // ERROR "impossible type assertion: i.(T)\n\tT does not implement I (method M has pointer receiver)"
	_ = i.(S) // ERROR "impossible type assertion: i.(S)\n\tS does not implement I (missing method M)"
	_ = i.(*T)
	v, ok := i.(string) // ERROR "impossible type assertion: i.(string)\n\tstring does not implement I (missing method M)"
	a, b, c := i.(*T) // ERROR "assignment mismatch: 3 variables but 1 value"
	var e interface{} = 1
	_ = e.(undefined) // ERROR "undefined: undefined"
	_, _, _, _, _ = v, ok, a, b, c
}
