package main

import (
	"fmt"
	"strconv"
)

// Stringer constraint satisfied by value and pointer receivers; results printed via fmt.
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Account struct{ bal int }

func (a *Account) String() string { return "acct:" + strconv.Itoa(a.bal) }

func JoinAll[T fmt.Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func main() {
	fmt.Println(JoinAll([]Celsius{21.5, -3}, ", "))
	fmt.Println(JoinAll([]*Account{{10}, {20}}, "; "))
	fmt.Println(JoinAll([]fmt.Stringer{Celsius(1), &Account{5}}, " | "))
	fmt.Println(JoinAll[Celsius](nil, "x") == "")
}
