#!/usr/bin/env bash
# Writes a directory of N golden cases for timing `gint test` (default 500 in
# /tmp/gint-golden-suite): each case is a small program (loops, a map, a slice, string
# building, a closure) with its expected output in NAME.out, computed here by the shell
# so that no Go toolchain is needed. Usage: tools/make_golden_suite.sh [DIR] [N]
set -euo pipefail
dir=${1:-/tmp/gint-golden-suite}
n=${2:-500}
rm -rf "$dir"
mkdir -p "$dir"
for ((i = 1; i <= n; i++)); do
	name=$(printf 'case%04d' "$i")
	limit=$((i * 10))
	cat >"$dir/$name.go" <<GO
package main

import (
	"fmt"
	"strings"
)

func main() {
	sum := 0
	for k := 1; k <= $limit; k++ {
		sum += k
	}
	fmt.Println("case", $i, "sum", sum)
	counts := map[string]int{}
	words := strings.Split("a b a c b a", " ")
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts["a"], counts["b"], counts["c"])
	var sb strings.Builder
	for k := 0; k < $((i % 7 + 1)); k++ {
		sb.WriteString("x")
	}
	fmt.Println(sb.String())
	double := func(x int) int { return 2 * x }
	xs := []int{1, 2, 3}
	for j := range xs {
		xs[j] = double(xs[j]) + $i
	}
	fmt.Println(xs)
}
GO
	xs="[$((2 + i)) $((4 + i)) $((6 + i))]"
	printf 'case %d sum %d\n3 2 1\n%s\n%s\n' "$i" $((limit * (limit + 1) / 2)) "$(printf 'x%.0s' $(seq 1 $((i % 7 + 1))))" "$xs" >"$dir/$name.out"
done
echo "wrote $n cases in $dir"
