package main

func F[T any](x T) {
	switch x.(type) { // ERROR "cannot use type switch on type parameter value x (variable of type T constrained by any)"
	}
}

func G[T any](x any) {
	switch x.(type) {
	case T:
	case int:
	}
}

func main() {}
