package main

type List[T any] []T

func (l List[T]) First() T { return l[0] }

func (l List[U]) Last() T { return l[len(l)-1] } // ERROR "undefined: T"

func main() {}
