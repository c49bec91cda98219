package main

import "fmt"

func divmod(a, b int) (int, int)              { return a / b, a % b }
func info() (string, bool, float64)           { return "pi", true, 3.25 }
func refs() (*int, []int, error, map[int]int) { return nil, nil, nil, nil }
func big() (uint64, int8, float32)            { return 1<<63 + 5, -128, 0.1 }
func one() []int                              { return []int{4} }

// println and print of a lone multi-valued call print each result (on standard error).
func main() {
	println(divmod(17, 5))
	print(divmod(-17, 5))
	print("\n")
	println(info())
	println(refs())
	println(big())
	fmt.Println(len(append(one())), len(append(one(), 5, 6)))
	q, r := divmod(17, 5)
	fmt.Println("stdout:", q, r)
}
