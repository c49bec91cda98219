package main

func F[T any](x T) int {
	var i int = x // ERROR "cannot use x (variable of type T constrained by any) as int value in variable declaration"
	return i
}

func G[T, U any](x T) U {
	return x // ERROR "cannot use x (variable of type T constrained by any) as U value in return statement"
}

func main() {}
