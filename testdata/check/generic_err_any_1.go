package main

func F[T any](x T) {
	_ = x.Method() // ERROR "x.Method undefined (type T has no field or method Method)"
	_ = x.field // ERROR "x.field undefined (type T has no field or method field)"
}

func main() {}
