package main

func Pair[A, B any](a A, b B) (A, B) { return a } // ERROR "not enough return values\n\thave (A)\n\twant (A, B)"

func One[T any](x T) T { return x, x } // ERROR "too many return values\n\thave (T, T)\n\twant (T)"

func main() {
	a := Pair(1, "x") // ERROR "assignment mismatch: 1 variable but Pair returns 2 values"
	_ = a
}
