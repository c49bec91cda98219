package main

func f() int { return 1 }

func main() {
	defer (f()) // ERROR "expression in defer must not be parenthesized"
	go (f()) // ERROR "expression in go must not be parenthesized"
}
