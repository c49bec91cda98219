package main

func main() {
	var i int
	var m map[string]int
	var ch chan int
	var p *[3]int
	_ = len(i) // ERROR "invalid argument: i (variable of type int) for built-in len"
	_ = cap(m) // ERROR "invalid argument: m (variable of type map[string]int) for built-in cap"
	_ = len(1, 2) // ERROR "invalid operation: too many arguments for len(1, 2) (expected 1, found 2)"
	_ = len() // ERROR "invalid operation: not enough arguments for len() (expected 1, found 0)"
	_ = len(ch) + cap(ch) + len(p) + cap(p)
	const c = len([]int{1}) // ERROR "len([]int{…}) (value of type int) is not constant"
	const d = len([2]int{})
	var s string
	const e = len(s) // ERROR "len(s) (value of type int) is not constant"
	_ = cap("abc") // ERROR "invalid argument: \"abc\" (untyped string constant) for built-in cap"
}
