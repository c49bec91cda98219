package main

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Zero[T any]() T {
	var z T
	return z
}

func Apply(f func(string) string) {}

func main() {
	var g func(string) string = Double // ERROR "string does not satisfy ~int | ~float64 (string missing in ~int | ~float64)"
	Apply(Double) // ERROR "string does not satisfy ~int | ~float64 (string missing in ~int | ~float64)"
	var h func() int = Zero
	var k int = Zero // ERROR "cannot use generic function Zero without instantiation"
	_, _, _ = g, h, k
}
