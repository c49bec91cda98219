package main

type Bad1 interface{ ~int | ~int } // ERROR "overlapping terms ~int and ~int"

type Bad2 interface{ ~error } // ERROR "invalid use of ~ (error is an interface)"

type Bad3 interface{ int | comparable } // ERROR "cannot use comparable in union"

func main() {}
