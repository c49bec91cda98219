package main

func Del[T any](m T, k int) {
	delete(m, k) // ERROR "invalid argument: m (variable of type T constrained by any) is not a map"
}

func Close[T any](c T) {
	close(c) // ERROR "invalid operation: cannot close non-channel c (variable of type T constrained by any)"
}

func Ap[T any](s T) T { return append(s, 1) } // ERROR "invalid append: argument must be a slice; have s (variable of type T constrained by any)"

func main() {}
