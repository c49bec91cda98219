package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

func main() {
	fs := []func(float64) float64{math.Sqrt, math.Abs, math.Floor}
	for _, f := range fs {
		fmt.Print(f(-2.25*-4), " ")
	}
	fmt.Println()
	apply := func(f func(string) string, xs []string) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = f(x)
		}
		return out
	}
	fmt.Println(apply(strings.ToUpper, []string{"a", "b"}), apply(strings.TrimSpace, []string{" x "}))
	var sb strings.Builder
	defer fmt.Println("deferred builder:", sb.Len())
	words := []string{"b", "a", "c"}
	less := func(i, j int) bool { return words[i] < words[j] }
	sort.Slice(words, less)
	fmt.Println(words, sort.SliceIsSorted(words, less))
	pow := math.Pow
	fmt.Println(pow(2, 8), math.Inf(-1), math.MaxInt8, math.Pi)
}
