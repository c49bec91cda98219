package main

func Id[T any](x T) T { return x }

func main() {
	var s string = Id(1) // ERROR "cannot use Id(1) (value of type int) as string value in variable declaration"
	var i int = Id[string]("x") // ERROR "cannot use Id[string](\"x\") (value of type string) as int value in variable declaration"
	_, _ = s, i
}
