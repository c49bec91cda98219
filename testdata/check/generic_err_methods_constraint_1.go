package main

type Stringer interface{ String() string }

func Show[T Stringer](x T) string {
	return x.String() + x.Name() // ERROR "x.Name undefined (type T has no field or method Name)"
}

func main() {}
