package main

type Exact interface{ int | float64 }

func F[T Exact](x T) T { return x }

type MyInt int

func main() {
	_ = F(MyInt(1)) // ERROR "MyInt does not satisfy Exact (possibly missing ~ for int in Exact)"
	_ = F[int32](1) // ERROR "int32 does not satisfy Exact (int32 missing in int | float64)"
}
