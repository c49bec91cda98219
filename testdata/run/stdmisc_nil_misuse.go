package main

import (
	"fmt"
	"math/big"
	"math/rand"
	"regexp"
	"text/tabwriter"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("rand nil src", func() { rand.New(nil).Int63() })
	try("nil regexp", func() {
		var re *regexp.Regexp
		re.MatchString("a")
	})
	try("nil big", func() {
		var x *big.Int
		fmt.Println(x.String())
		new(big.Int).Add(x, big.NewInt(1))
	})
	try("tabwriter nil output", func() {
		w := tabwriter.NewWriter(nil, 0, 8, 1, ' ', 0)
		fmt.Fprintln(w, "a\tb")
		fmt.Println(w.Flush())
	})
	try("rand perm negative", func() { rand.New(rand.NewSource(1)).Perm(-1) })
}
