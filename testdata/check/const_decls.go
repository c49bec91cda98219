package main

func f() int { return 1 }

const a = f() // ERROR "f() (value of type int) is not constant"
const b // ERROR "missing init expr for b"

var v = 1

const c = v // ERROR "v (variable of type int) is not constant"

const d int = "s" // ERROR "cannot use \"s\" (untyped string constant) as int value in constant declaration"

const e, g = 1 // ERROR "missing init expr for g"

const h = []int{1} // ERROR "[]int{…} (value of type []int) is not constant"

func main() {}
