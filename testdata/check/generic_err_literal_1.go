package main

type Pair[A, B any] struct {
	a A
	b B
}

func main() {
	_ = Pair[int, string]{1, 2} // ERROR "cannot use 2 (untyped int constant) as string value in struct literal"
	_ = Pair[int, string]{a: "x"} // ERROR "cannot use \"x\" (untyped string constant) as int value in struct literal"
	_ = Pair[int, string]{c: 1} // ERROR "unknown field c in struct literal of type Pair[int, string]"
}
