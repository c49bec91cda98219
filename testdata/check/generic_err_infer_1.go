package main

func Make[T any]() []T { return nil }

func Conv[To, From any](x From) To {
	var z To
	return z
}

func main() {
	_ = Make() // ERROR "in call to Make, cannot infer T (declared at FILE.go:3:11)"
	_ = Conv(3) // ERROR "in call to Conv, cannot infer To (declared at FILE.go:5:11)"
}
