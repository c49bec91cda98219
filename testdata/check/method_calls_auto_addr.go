package main

type T struct{ n int }

func (t *T) Inc()    { t.n++ }
func (t T) Get() int { return t.n }

type I interface{ Inc() }

func makeT() T { return T{} }

func main() {
	m := map[string]T{}
	m["a"].Inc() // ERROR "cannot call pointer method Inc on T"
	makeT().Inc() // ERROR "cannot call pointer method Inc on T"
	T{}.Inc() // ERROR "cannot call pointer method Inc on T"
	var i I = makeT() // ERROR "cannot use makeT() (value of struct type T) as I value in variable declaration: T does not implement I (method Inc has pointer receiver)"
	var pp **T
	pp.Get() // ERROR "pp.Get undefined (type **T has no field or method Get)"
	var arr [2]T
	arr[0].Inc()
	_ = i
}
