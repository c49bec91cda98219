package main

type I interface{ M() }
type T int

type J interface{ T() T }

func F[P any](j J) P {
	return j.(P)
}

func main() {
	var i I
	_ = i.(T) // ERROR "impossible type assertion: i.(T)\n\tT does not implement I (missing method M)"
	var j J
	_ = j.(T) // ERROR "impossible type assertion: j.(T)\n\tT does not implement J (missing method T)"
	_ = F[T](j)
}
