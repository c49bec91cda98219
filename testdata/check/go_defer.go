package main

func f() int { return 1 }

func main() {
	go f // ERROR "expression in go must be function call"
	defer 1 // ERROR "expression in defer must be function call"
	go func() {} // ERROR "expression in go must be function call"
	defer len("abc") // ERROR "defer discards result of len(\"abc\") (constant 3 of type int)"
	go int(1) // ERROR "go requires function call, not conversion int(1) (constant 1 of type int)"
	defer f()
	go println("a")
	defer recover()
}
