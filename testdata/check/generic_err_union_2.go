package main

type Stringer interface{ String() string }

type Bad interface{ int | Stringer } // ERROR "cannot use main.Stringer in union (main.Stringer contains methods)"

type Tilde interface{ ~[]int | ~struct{} }

type MyInt int

type Bad4 interface{ ~MyInt } // ERROR "invalid use of ~ (underlying type of MyInt is int)"

func main() {}
