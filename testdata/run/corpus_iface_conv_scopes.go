package main

import "fmt"

type T struct{ n int }

func local() interface{} {
	type T struct{ n int }
	return T{1}
}

func other() interface{} {
	type T struct{ n int }
	return T{2}
}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

// Asserting to a type printed like the dynamic one (main.T, declared in another scope):
// the message says the types come from different scopes.
func main() {
	try(func() { _ = local().(T) })
	try(func() { _ = other().(T) })
	try(func() { _ = local().(struct{ n int }) })
	var e interface{} = T{3}
	try(func() { _ = e.(*T) })
	try(func() { fmt.Println(e.(T).n) })
	_ = local().(T)
}
