package main

func Len[T any](x T) int { return len(x) } // ERROR "invalid argument: x (variable of type T constrained by any) for built-in len"

func Cap[T ~map[int]int](x T) int { return cap(x) } // ERROR "invalid argument: x (variable of type T constrained by ~map[int]int) for built-in cap"

func Make[T any]() T { return make(T) } // ERROR "invalid argument: cannot make T: no specific type"

func main() {}
