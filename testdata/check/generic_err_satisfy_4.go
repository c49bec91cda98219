package main

type StringInt interface {
	~int
	String() string
}

type ID int

func F[T StringInt](x T) string { return x.String() }

func main() {
	_ = F(ID(3)) // ERROR "in call to F, T (type ID) does not satisfy StringInt (missing method String)"
	_ = F(3) // ERROR "int does not satisfy StringInt (missing method String)"
}
