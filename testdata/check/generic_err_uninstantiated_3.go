package main

type List[T any] []T

func (l List) Len() int { return len(l) } // ERROR "cannot use generic type List[T any] without instantiation"

func main() {
	_ = List{1, 2} // ERROR "cannot use generic type List[T any] without instantiation"
}
