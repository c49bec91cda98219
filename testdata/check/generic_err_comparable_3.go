package main

func Eq[T any](a, b T) bool {
	return a == b // ERROR "invalid operation: a == b (incomparable types in type set)"
}

func Key[T any](x T) map[T]bool { // ERROR "invalid map key type T (missing comparable constraint)"
	return map[T]bool{x: true} // ERROR "invalid map key type T (missing comparable constraint)"
}

func main() {}
