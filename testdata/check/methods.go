package main

type T struct{ x int }

func (t T) Get() int   { return t.x }
func (t *T) Set(v int) { t.x = v }
func (t T) Get() int   { return 0 } // ERROR "method T.Get already declared at FILE.go:5:12"

type U struct{ y int }

func (U) y() {} // ERROR "field and method with the same name y"

type P *T

func (p P) Bad() {} // ERROR "invalid receiver type P (pointer or interface type)"

func (i int) Foo() {} // ERROR "cannot define new methods on non-local type int"

type I interface{ M() }

func (i I) Bar() {} // ERROR "invalid receiver type I (pointer or interface type)"

func main() {
	T{}.Set(1) // ERROR "cannot call pointer method Set on T"
	var t T
	t.Get(1) // ERROR "too many arguments in call to t.Get\n\thave (number)\n\twant ()"
}
